package org.emodisparity.speech.emotion;

import java.util.Locale;

/** How a clip's samples are scaled before the model sees them. */
public enum WaveformNormalisation {
    /** The float PCM as read, in [-1, 1]. */
    NONE,
    /**
     * Zero mean and unit variance per clip, {@code (x − mean) / sqrt(var + 1e-7)}, as Hugging Face's
     * {@code Wav2Vec2FeatureExtractor} does with {@code do_normalize=True} (the default of most wav2vec2
     * fine-tunes). Statistics cover the clip's own samples only; padding added afterwards stays 0.
     */
    ZERO_MEAN_UNIT_VARIANCE;

    private static final double EPSILON = 1e-7;

    /**
     * The normalisation a catalog input contract describes: text naming zero mean, unit variance or
     * {@code do_normalize} means {@link #ZERO_MEAN_UNIT_VARIANCE}, any other text {@link #NONE}, and no text
     * {@code fallback}.
     */
    public static WaveformNormalisation fromContract(String normalisation, WaveformNormalisation fallback) {
        if (normalisation == null || normalisation.isBlank()) {
            return fallback;
        }
        String text = normalisation.toLowerCase(Locale.ROOT);
        boolean standardised = text.contains("zero mean") || text.contains("zero-mean")
                || text.contains("unit variance") || text.contains("unit-variance") || text.contains("do_normalize");
        return standardised ? ZERO_MEAN_UNIT_VARIANCE : NONE;
    }

    /** A normalised copy of {@code clip}; the argument is not modified. */
    public float[] apply(float[] clip) {
        if (this == NONE) {
            return clip.clone();
        }
        double mean = 0;
        for (float x : clip) {
            mean += x;
        }
        mean /= clip.length;
        double variance = 0;
        for (float x : clip) {
            variance += (x - mean) * (x - mean);
        }
        variance /= clip.length;
        double scale = 1 / Math.sqrt(variance + EPSILON);
        float[] out = new float[clip.length];
        for (int i = 0; i < clip.length; i++) {
            out[i] = (float) ((clip[i] - mean) * scale);
        }
        return out;
    }
}
