package org.emodisparity.face.analysis;

import java.awt.image.BufferedImage;

/**
 * An 8-bit RGB image, rows top to bottom, pixels interleaved R, G, B with no row padding. The pixel array is
 * shared, not copied: frames are large and produced once per sample, so callers must not modify it.
 */
public record RgbImage(int width, int height, byte[] pixels) {

    public RgbImage {
        if (width <= 0 || height <= 0 || pixels.length != width * height * 3) {
            throw new IllegalArgumentException("RGB image " + width + "x" + height + " needs " + width * height * 3
                    + " bytes, got " + pixels.length);
        }
    }

    public static RgbImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return new RgbImage(w, h, rgb);
    }

    /** A uniform image, e.g. a blank test frame. */
    public static RgbImage filled(int width, int height, int r, int g, int b) {
        byte[] rgb = new byte[width * height * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = (byte) r;
            rgb[i + 1] = (byte) g;
            rgb[i + 2] = (byte) b;
        }
        return new RgbImage(width, height, rgb);
    }

    /** Channel value 0..255 of pixel (x, y); c = 0 red, 1 green, 2 blue. */
    public int value(int x, int y, int c) {
        return pixels[(y * width + x) * 3 + c] & 0xff;
    }
}
