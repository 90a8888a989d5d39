package org.emodisparity.speech.analysis;

/**
 * The common 10 ms frame grid of all frame-level tracks (pitch, energy, harmonicity). Frame {@code i} owns the
 * samples {@code [i·hop, (i+1)·hop)} and is centred at {@code (i + 0.5)·hop}; a frame belongs to an interval or a
 * speech region when its centre does, so frame counts convert to seconds exactly.
 */
final class FrameGrid {
    static final int HOP_SAMPLES = 160;
    static final double HOP_SECONDS = Pcm16k.seconds(HOP_SAMPLES);

    private FrameGrid() {
    }

    static int frameCount(int samples) {
        return (samples + HOP_SAMPLES - 1) / HOP_SAMPLES;
    }

    static int centreSample(int frame) {
        return frame * HOP_SAMPLES + HOP_SAMPLES / 2;
    }

    static double centreSeconds(int frame) {
        return Pcm16k.seconds(centreSample(frame));
    }

    /** The first frame whose centre is at or after {@code seconds}. */
    static int firstFrameFrom(double seconds) {
        return (int) Math.max(0, Math.ceil(seconds / HOP_SECONDS - 0.5));
    }

    /** Frames whose centre lies in [start, end), clipped to {@code [0, frames)}: {from, toExclusive}. */
    static int[] framesIn(double start, double end, int frames) {
        int from = Math.min(frames, firstFrameFrom(start));
        int to = Math.min(frames, firstFrameFrom(end));
        return new int[] {from, Math.max(from, to)};
    }
}
