package org.emodisparity.speech.analysis;

/**
 * The analysis works on 16 kHz mono PCM as floats in [-1, 1]; this holds the rate and the seconds ↔ samples
 * conversions so that no class repeats them.
 */
public final class Pcm16k {
    public static final int SAMPLE_RATE = 16_000;

    private Pcm16k() {
    }

    public static double seconds(double samples) {
        return samples / SAMPLE_RATE;
    }

    public static double duration(float[] pcm) {
        return seconds(pcm.length);
    }
}
