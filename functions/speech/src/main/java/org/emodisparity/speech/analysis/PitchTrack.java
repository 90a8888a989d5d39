package org.emodisparity.speech.analysis;

/**
 * F0 per 10 ms frame (see {@link FrameGrid}): {@code f0Hz[i]} is NaN where frame {@code i} is unvoiced or was not
 * analysed; {@code aperiodicity[i]} is YIN's normalised difference at the chosen period (0 = perfectly periodic),
 * NaN where not analysed.
 */
public record PitchTrack(double[] f0Hz, double[] aperiodicity) {
    public int frames() {
        return f0Hz.length;
    }

    public boolean voiced(int frame) {
        return !Double.isNaN(f0Hz[frame]);
    }

    /** Seconds of the centre of frame {@code i}. */
    public double time(int frame) {
        return FrameGrid.centreSeconds(frame);
    }
}
