package org.emodisparity.speech.emotion;

import java.util.Locale;

/** What the model's output scores are: raw logits that need a softmax, or probabilities already. */
public enum ScoreActivation {
    LOGITS,
    PROBABILITIES;

    /**
     * The activation a catalog output contract names: none or {@code "logits"} → {@link #LOGITS};
     * {@code "softmax"} or {@code "probabilities"} → {@link #PROBABILITIES}. Anything else (e.g. sigmoid, which is
     * multi-label) does not describe a single-label classifier and is an error.
     */
    public static ScoreActivation fromContract(String activation) {
        if (activation == null || activation.isBlank()) {
            return LOGITS;
        }
        return switch (activation.toLowerCase(Locale.ROOT).trim()) {
            case "logits", "none" -> LOGITS;
            case "softmax", "probabilities" -> PROBABILITIES;
            default -> throw new IllegalArgumentException("output activation '" + activation
                    + "' does not describe a single-label classifier (expected logits or softmax)");
        };
    }

    /** Probabilities summing to 1: softmax of logits, or the scores renormalised. */
    float[] toProbabilities(float[] scores) {
        double[] weights = new double[scores.length];
        if (this == LOGITS) {
            double max = Double.NEGATIVE_INFINITY;
            for (float s : scores) {
                max = Math.max(max, s);
            }
            for (int i = 0; i < scores.length; i++) {
                weights[i] = Math.exp(scores[i] - max); // shifted by the max so exp cannot overflow
            }
        } else {
            for (int i = 0; i < scores.length; i++) {
                weights[i] = Math.max(0, scores[i]);
            }
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (!(sum > 0) || Double.isInfinite(sum)) {
            throw new IllegalStateException("model scores cannot be turned into probabilities: "
                    + java.util.Arrays.toString(scores));
        }
        float[] probabilities = new float[scores.length];
        for (int i = 0; i < scores.length; i++) {
            probabilities[i] = (float) (weights[i] / sum);
        }
        return probabilities;
    }
}
