package org.emodisparity.face.analysis;

/**
 * A decoded video frame picked by the sampler: its sample number, time in seconds from media start, pixels, and the
 * source pixels per pixel of {@code image} (1 unless FFmpeg scaled the frame down for analysis).
 */
public record SampledFrame(int index, double seconds, RgbImage image, double sourcePixelsPerPixel) {

    public SampledFrame {
        if (!(sourcePixelsPerPixel > 0)) {
            throw new IllegalArgumentException("sourcePixelsPerPixel must be > 0, was " + sourcePixelsPerPixel);
        }
    }

    /** A frame at the source size. */
    public SampledFrame(int index, double seconds, RgbImage image) {
        this(index, seconds, image, 1);
    }
}
