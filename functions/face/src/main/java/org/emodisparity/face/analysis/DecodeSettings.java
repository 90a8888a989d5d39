package org.emodisparity.face.analysis;

/**
 * How the face stage has FFmpeg decode a recording; {@link #defaults()} is what the product uses.
 *
 * @param threads      FFmpeg decoding threads; 0 (the default) chooses by frame size: two (at most the processors) for
 *                     video larger than 1280 x 720, where decoding is the face stage's bottleneck, else one (decoding
 *                     runs on its own thread beside the inference threads; on 2 cores a second, frame-threaded
 *                     decoder cost more CPU than it saved at 720p: 10-minute bench session 59-67 s with one, 70-73 s
 *                     with two; at 1080p 88 s with two, 100 s with one)
 * @param frameMaxSide longest side, in pixels, of the frames the models see: FFmpeg scales larger video down while
 *                     converting it (libswscale), so no full-size HD frame is copied or resized in Java; 0 keeps the
 *                     source size. Default {@value #DEFAULT_FRAME_MAX_SIDE}: 2.5 x the detector's 256-pixel input, so
 *                     the smallest face BlazeFace finds (about 20 of its 256 pixels) still spans about 50 frame pixels
 *                     for the 64-pixel emotion crop. Boxes are reported in source pixels either way.
 * @param deblocking   whether the decoder runs the codec's in-loop deblocking filter. Off (the default) skips it
 *                     ({@code skip_loop_filter=all}): about a third less H.264 decoding CPU, and the frames differ
 *                     only by faint block edges that the scaling to {@code frameMaxSide} and the 64-pixel emotion crop
 *                     average away: on the shared H.264 video the top label agrees in all 15 windows (mean |valence
 *                     difference| 0.009, {@code HdFrameScalingTest}); on the 10-minute 720p benchmark session in 0.94
 *                     of 479 windows (0.008) — less than re-encoding the same video at 720p changes (0.93, 0.012)
 */
public record DecodeSettings(int threads, int frameMaxSide, boolean deblocking) {

    public static final int DEFAULT_FRAME_MAX_SIDE = 640;

    public DecodeSettings {
        if (threads < 0 || frameMaxSide < 0) {
            throw new IllegalArgumentException("need threads >= 0 and frameMaxSide >= 0, were " + threads + ", "
                    + frameMaxSide);
        }
    }

    public static DecodeSettings defaults() {
        return new DecodeSettings(0, DEFAULT_FRAME_MAX_SIDE, false);
    }

    /** Every frame at its source size, fully filtered, one thread: what the decoder would do untouched. */
    public static DecodeSettings exact() {
        return new DecodeSettings(1, 0, true);
    }

    /** The thread count handed to FFmpeg for a {@code width} x {@code height} video (see {@link #threads()}). */
    public int threadsFor(int width, int height) {
        if (threads > 0) {
            return threads;
        }
        return (long) width * height > 1280L * 720 ? Math.min(2, Runtime.getRuntime().availableProcessors()) : 1;
    }

    public DecodeSettings withThreads(int n) {
        return new DecodeSettings(n, frameMaxSide, deblocking);
    }

    public DecodeSettings withFrameMaxSide(int side) {
        return new DecodeSettings(threads, side, deblocking);
    }

    public DecodeSettings withDeblocking(boolean on) {
        return new DecodeSettings(threads, frameMaxSide, on);
    }
}
