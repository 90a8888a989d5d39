package org.emodisparity.transcript.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.LabelMapping;

/**
 * How independent sigmoid scores of a multi-label model (GoEmotions: 28 labels, several may be on) become the
 * canonical distribution fusion uses.
 *
 * <p>Each canonical label gets the <em>largest</em> score among the model labels the mapping table puts in its
 * group (neutral included, as its own group), and the group scores are normalised to sum 1. The maximum, not the
 * sum: the groups have very different sizes (GoEmotions maps 12 labels to happiness and 1 to disgust), so summing
 * would let twelve weak happiness scores outweigh one confident disgust. The same group maximum, compared with a
 * per-group threshold chosen on the dev split, is what the Ekman-taxonomy evaluation scores. A head that has its own
 * output per group ({@code group_scores}, see {@link EmotionHead}) passes those scores with the group labels and
 * {@link LabelMapping#GOEMOTIONS_EKMAN}: each group then has one member, its maximum is its own score.
 */
public final class CanonicalScores {
    private CanonicalScores() {
    }

    /** The maximum score per canonical group; canonical labels the table never produces are absent. */
    public static Map<Emotion, Double> groupMaxima(List<String> labels, float[] scores, LabelMapping mapping) {
        if (labels.size() != scores.length) {
            throw new IllegalArgumentException(labels.size() + " labels but " + scores.length + " scores");
        }
        EnumMap<Emotion, Double> max = new EnumMap<>(Emotion.class);
        for (int i = 0; i < scores.length; i++) {
            max.merge(mapping.canonical(labels.get(i)), (double) scores[i], Math::max);
        }
        return max;
    }

    /** The group maxima normalised to a distribution. */
    public static EmotionDistribution distribution(List<String> labels, float[] scores, LabelMapping mapping) {
        return new EmotionDistribution(groupMaxima(labels, scores, mapping));
    }

    /**
     * The group maxima, calibrated: {@code p_g = m_g^(1/T) / sum_h m_h^(1/T)}, i.e. a softmax of the log group maxima
     * at temperature {@code T} (temperature scaling, Guo et al. 2017, on the log-scores). {@code T > 1} softens an
     * over-confident model; {@code T = 1} is {@link #distribution(List, float[], LabelMapping)}. The temperature is
     * fitted on dev (the head's {@code thresholds.json}).
     */
    public static EmotionDistribution distribution(List<String> labels, float[] scores, LabelMapping mapping,
            double temperature) {
        Map<Emotion, Double> max = groupMaxima(labels, scores, mapping);
        if (temperature == 1.0) {
            return new EmotionDistribution(max);
        }
        EnumMap<Emotion, Double> calibrated = new EnumMap<>(Emotion.class);
        max.forEach((e, m) -> calibrated.put(e, Math.pow(Math.max(m, 1e-12), 1 / temperature)));
        return new EmotionDistribution(calibrated);
    }
}
