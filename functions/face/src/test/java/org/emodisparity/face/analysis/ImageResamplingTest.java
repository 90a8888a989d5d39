package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageResamplingTest {

    @Test
    void letterboxKeepsUniformColourAndPadsWithTheGivenLevel() {
        RgbImage red = RgbImage.filled(200, 100, 255, 0, 0);
        LetterboxResizer nhwc = new LetterboxResizer(64, 64, TensorLayout.NHWC, PixelNormalisation.SIGNED_UNIT, 0);
        float[] t = new float[nhwc.tensorLength()];
        Letterbox box = nhwc.resize(red, t);
        assertEquals(16, box.padY());
        // a padding row (black -> -1) and a content pixel (red -> 1, -1, -1)
        assertEquals(-1f, t[(5 * 64 + 10) * 3], 1e-6);
        assertEquals(1f, t[(32 * 64 + 10) * 3], 1e-5);
        assertEquals(-1f, t[(32 * 64 + 10) * 3 + 1], 1e-5);

        LetterboxResizer nchw = new LetterboxResizer(64, 64, TensorLayout.NCHW, PixelNormalisation.UNIT, 114);
        float[] u = new float[nchw.tensorLength()];
        nchw.resize(red, u);
        assertEquals(114 / 255f, u[5 * 64 + 10], 1e-6); // red plane, padding
        assertEquals(1f, u[32 * 64 + 10], 1e-5); // red plane, content
        assertEquals(0f, u[64 * 64 + 32 * 64 + 10], 1e-5); // green plane, content
    }

    @Test
    void shrinkingAveragesFineDetailInsteadOfAliasing() {
        // 1-pixel black/white stripes shrunk 4x: an area-like filter gives mid grey, point sampling would not
        byte[] px = new byte[256 * 256 * 3];
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                byte v = (byte) (x % 2 == 0 ? 255 : 0);
                for (int c = 0; c < 3; c++) {
                    px[(y * 256 + x) * 3 + c] = v;
                }
            }
        }
        LetterboxResizer r = new LetterboxResizer(64, 64, TensorLayout.NHWC, PixelNormalisation.UNIT, 0);
        float[] t = new float[r.tensorLength()];
        r.resize(new RgbImage(256, 256, px), t);
        for (int x = 1; x < 63; x++) {
            assertEquals(0.5, t[(32 * 64 + x) * 3], 0.03, "column " + x);
        }
    }

    @Test
    void alignedCropLevelsATiltedEyeLine() {
        // two dark dots ("eyes") on a light image, on a line tilted by 30 degrees
        RgbImage image = RgbImage.filled(200, 200, 230, 230, 230);
        double angle = Math.toRadians(30);
        double cx = 100, cy = 100, half = 30;
        Keypoint right = new Keypoint(cx - half * Math.cos(angle), cy - half * Math.sin(angle));
        Keypoint left = new Keypoint(cx + half * Math.cos(angle), cy + half * Math.sin(angle));
        dot(image, right);
        dot(image, left);
        FaceCrop crop = FaceCrop.around(FaceBox.fromCentre(cx, cy, 100, 100), right, left, 0, true);
        float[] rgb = new FaceCropSampler(64).sample(image, crop);
        // in the 64 px crop of a 100 px square the eyes are at x = 32 -/+ 19.2, on the middle row
        assertTrue(dark(rgb, 13, 32) && dark(rgb, 51, 32), "eyes should sit on the crop's middle row");
        assertTrue(!dark(rgb, 32, 13) && !dark(rgb, 32, 51));
    }

    private static void dot(RgbImage image, Keypoint p) {
        for (int y = -4; y <= 4; y++) {
            for (int x = -4; x <= 4; x++) {
                int i = ((int) Math.round(p.y()) + y) * image.width() + (int) Math.round(p.x()) + x;
                image.pixels()[3 * i] = image.pixels()[3 * i + 1] = image.pixels()[3 * i + 2] = 0;
            }
        }
    }

    private static boolean dark(float[] rgb, int x, int y) {
        return rgb[(y * 64 + x) * 3] < 0.3f;
    }
}
