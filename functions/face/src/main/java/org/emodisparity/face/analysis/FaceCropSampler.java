package org.emodisparity.face.analysis;

/**
 * Samples a {@link FaceCrop} into a small square RGB array in [0, 1] (interleaved, rows top to bottom). A face no
 * larger than the output is sampled bilinearly; a larger one is shrunk by averaging a k x k grid of nearest pixels
 * per output pixel, k = ceil(crop side / output size) (at most 8), an area-like filter so high-resolution photos do
 * not alias (the grid is at most one source pixel apart, so bilinear sub-samples would add cost, not detail).
 * Outside the image the nearest edge pixel is repeated.
 */
public final class FaceCropSampler {
    private static final int MAX_SUPERSAMPLING = 8;
    private final int size;

    public FaceCropSampler(int size) {
        this.size = size;
    }

    public int size() {
        return size;
    }

    public float[] sample(RgbImage image, FaceCrop crop) {
        float[] out = new float[size * size * 3];
        int k = Math.max(1, Math.min(MAX_SUPERSAMPLING, (int) Math.ceil(crop.side() / size)));
        double cos = Math.cos(crop.angle());
        double sin = Math.sin(crop.angle());
        double step = crop.side() / size;
        float norm = 1f / (k * k * 255f);
        float[] rgb = new float[3];
        // Sub-sample (i, j) of output pixel (x, y) sits at u = (x + (i + 0.5) / k) * step - side / 2 along the crop's
        // rows and v likewise down its columns; the source point is the crop centre plus (u, v) rotated by the angle.
        // Both are affine in the sub-sample grid index, so they are stepped, not recomputed.
        double sub = step / k;
        double half = crop.side() / 2;
        double uStepX = sub * cos;
        double uStepY = sub * sin;
        int w = image.width();
        int h = image.height();
        byte[] px = image.pixels();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float r = 0, g = 0, b = 0;
                double u0 = (x * k + 0.5) * sub - half;
                for (int j = 0; j < k; j++) {
                    double v = (y * k + j + 0.5) * sub - half;
                    double sx = crop.centreX() + u0 * cos - v * sin;
                    double sy = crop.centreY() + u0 * sin + v * cos;
                    for (int i = 0; i < k; i++) {
                        if (k == 1) {
                            bilinear(image, sx - 0.5, sy - 0.5, rgb);
                            r += rgb[0];
                            g += rgb[1];
                            b += rgb[2];
                        } else {
                            // (int) truncates towards zero, floor rounds down: they differ only in (-1, 0), and both
                            // are clamped to 0 there
                            int p = (clamp((int) sy, h) * w + clamp((int) sx, w)) * 3;
                            r += px[p] & 0xff;
                            g += px[p + 1] & 0xff;
                            b += px[p + 2] & 0xff;
                        }
                        sx += uStepX;
                        sy += uStepY;
                    }
                }
                int o = (y * size + x) * 3;
                out[o] = r * norm;
                out[o + 1] = g * norm;
                out[o + 2] = b * norm;
            }
        }
        return out;
    }

    /** Bilinear sample at pixel-index coordinates (pixel centres at integers), edges clamped. */
    private static void bilinear(RgbImage image, double fx, double fy, float[] rgb) {
        int w = image.width();
        int h = image.height();
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        float ax = (float) (fx - x0);
        float ay = (float) (fy - y0);
        int xa = clamp(x0, w), xb = clamp(x0 + 1, w);
        int ya = clamp(y0, h), yb = clamp(y0 + 1, h);
        byte[] px = image.pixels();
        int p00 = (ya * w + xa) * 3, p01 = (ya * w + xb) * 3, p10 = (yb * w + xa) * 3, p11 = (yb * w + xb) * 3;
        for (int c = 0; c < 3; c++) {
            float top = (px[p00 + c] & 0xff) * (1 - ax) + (px[p01 + c] & 0xff) * ax;
            float bottom = (px[p10 + c] & 0xff) * (1 - ax) + (px[p11 + c] & 0xff) * ax;
            rgb[c] = top * (1 - ay) + bottom * ay;
        }
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : Math.min(v, size - 1);
    }
}
