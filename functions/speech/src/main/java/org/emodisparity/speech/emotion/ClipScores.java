package org.emodisparity.speech.emotion;

import org.emodisparity.model.EmotionDistribution;

/**
 * The classifier's answer for one clip.
 *
 * @param modelProbabilities probabilities in the model's label order (sum 1)
 * @param distribution       the same mapped to the canonical labels
 */
public record ClipScores(float[] modelProbabilities, EmotionDistribution distribution) {
    public ClipScores {
        modelProbabilities = modelProbabilities.clone();
    }

    @Override
    public float[] modelProbabilities() {
        return modelProbabilities.clone();
    }
}
