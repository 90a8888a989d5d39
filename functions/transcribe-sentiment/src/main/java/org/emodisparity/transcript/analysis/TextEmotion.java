package org.emodisparity.transcript.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.LabelMapping;

/**
 * The emotion of one text: the model's sigmoid score per GoEmotions label (model order), the labels whose score
 * reaches their threshold, the canonical distribution fusion uses ({@link CanonicalScores}), and the ids of the
 * catalog models that produced it.
 */
public record TextEmotion(Map<String, Double> scores, List<String> detected, EmotionDistribution canonical,
        List<String> modelIds) {

    public TextEmotion {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        detected = List.copyOf(detected);
        modelIds = List.copyOf(modelIds);
    }

    public static TextEmotion fromSigmoidScores(float[] scores, LabelThresholds thresholds, LabelMapping mapping,
            List<String> modelIds) {
        List<String> labels = thresholds.labels();
        Map<String, Double> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            byLabel.put(labels.get(i), (double) scores[i]);
        }
        return new TextEmotion(byLabel, thresholds.above(scores),
                CanonicalScores.distribution(labels, scores, mapping, thresholds.temperatureOrOne()), modelIds);
    }

    /**
     * As {@link #fromSigmoidScores(float[], LabelThresholds, LabelMapping, List)}, but the canonical distribution is
     * formed from a head's own group scores ({@code groupLabels}, e.g. the Ekman labels, mapped by
     * {@code groupMapping}) instead of the maxima of the label scores; the labels detected are still the label
     * scores above their thresholds.
     */
    public static TextEmotion fromSigmoidScores(float[] scores, List<String> groupLabels, float[] groupScores,
            LabelThresholds thresholds, LabelMapping groupMapping, List<String> modelIds) {
        List<String> labels = thresholds.labels();
        Map<String, Double> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            byLabel.put(labels.get(i), (double) scores[i]);
        }
        return new TextEmotion(byLabel, thresholds.above(scores), CanonicalScores.distribution(groupLabels,
                groupScores, groupMapping, thresholds.temperatureOrOne()), modelIds);
    }

    /** The highest-scoring model label. */
    public String topLabel() {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }
}
