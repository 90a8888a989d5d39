package org.emodisparity.transcript.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.LabelMapping;
import org.junit.jupiter.api.Test;

/**
 * The canonical distribution of a head with its own Ekman group outputs: formed from those outputs (calibrated with
 * the head's temperature), not from the maxima of the 28 label scores; the detected labels still come from the label
 * scores and their thresholds. No model needed.
 */
class CanonicalScoresTest {
    static final List<String> GROUPS = List.of("anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise");

    @Test
    void groupOutputsFormTheDistributionAndLabelsStillComeFromTheLabelScores() {
        List<String> labels = LabelMapping.GOEMOTIONS_LABELS;
        float[] scores = new float[labels.size()];
        scores[labels.indexOf("joy")] = 0.6f;       // the label maxima alone would say happiness
        scores[labels.indexOf("sadness")] = 0.3f;
        float[] groups = {0.05f, 0.02f, 0.04f, 0.2f, 0.1f, 0.8f, 0.03f}; // the group outputs say sadness
        float[] thresholds = new float[labels.size()];
        java.util.Arrays.fill(thresholds, 0.5f);
        LabelThresholds t = new LabelThresholds(labels, thresholds, null, "test", 2f);

        TextEmotion fromGroups = TextEmotion.fromSigmoidScores(scores, GROUPS, groups, t,
                LabelMapping.GOEMOTIONS_EKMAN, List.of("m"));
        TextEmotion fromMaxima = TextEmotion.fromSigmoidScores(scores, t, LabelMapping.GOEMOTIONS, List.of("m"));

        assertEquals(Emotion.SADNESS, fromGroups.canonical().top());
        assertEquals(Emotion.HAPPINESS, fromMaxima.canonical().top());
        assertEquals(List.of("joy"), fromGroups.detected(), "labels above their thresholds, as before");
        assertEquals(fromMaxima.scores(), fromGroups.scores());
        // p_g ∝ s_g^(1/T) over the group outputs, T = 2 from thresholds.json
        EmotionDistribution d = fromGroups.canonical();
        assertEquals(Math.pow(0.8 / 0.2, 1 / 2.0), d.probability(Emotion.SADNESS) / d.probability(Emotion.HAPPINESS),
                1e-6);
        double sum = 0;
        for (Emotion e : Emotion.values()) {
            sum += d.probability(e);
        }
        assertEquals(1.0, sum, 1e-9);
        assertTrue(d.probability(Emotion.NEUTRAL) > d.probability(Emotion.ANGER));
    }

    @Test
    void eachGroupOutputIsItsOwnGroupsScore() {
        float[] groups = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f};
        var maxima = CanonicalScores.groupMaxima(GROUPS, groups, LabelMapping.GOEMOTIONS_EKMAN);
        assertEquals(7, maxima.size());
        assertEquals(0.4f, maxima.get(Emotion.HAPPINESS), 1e-7);
        assertEquals(0.2f, maxima.get(Emotion.DISGUST), 1e-7);
        assertEquals(0.5f, maxima.get(Emotion.NEUTRAL), 1e-7);
    }
}
