package org.emodisparity.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A probability distribution over the canonical labels. Always normalised to sum 1 (unless empty),
 * so distributions from different models can be averaged and compared.
 */
public record EmotionDistribution(Map<Emotion, Double> probabilities) {

    public EmotionDistribution {
        EnumMap<Emotion, Double> copy = new EnumMap<>(Emotion.class);
        double sum = 0;
        for (Map.Entry<Emotion, Double> e : probabilities.entrySet()) {
            double p = e.getValue();
            if (!(p >= 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("probability of " + e.getKey() + " must be finite and >= 0, was " + p);
            }
            copy.merge(e.getKey(), p, Double::sum);
            sum += p;
        }
        if (sum > 0) {
            final double total = sum;
            copy.replaceAll((k, v) -> v / total);
        }
        probabilities = Collections.unmodifiableMap(copy);
    }

    public double probability(Emotion emotion) {
        return probabilities.getOrDefault(emotion, 0.0);
    }

    public boolean isEmpty() {
        return probabilities.values().stream().allMatch(p -> p == 0.0);
    }

    public Emotion top() {
        return probabilities.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("empty distribution has no top label"));
    }

    /** Expected valence under this distribution, in [-1, 1]. */
    public double valence() {
        return probabilities.entrySet().stream().mapToDouble(e -> e.getKey().valence() * e.getValue()).sum();
    }

    /** Expected arousal under this distribution, in [-1, 1]. */
    public double arousal() {
        return probabilities.entrySet().stream().mapToDouble(e -> e.getKey().arousal() * e.getValue()).sum();
    }
}
