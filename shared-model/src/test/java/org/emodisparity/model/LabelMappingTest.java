package org.emodisparity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelMappingTest {

    @Test
    void fer2013OrderOfTheMiniXceptionMapsOneToOne() {
        List<String> labels = List.of("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral");
        float[] p = {0.05f, 0.05f, 0.05f, 0.6f, 0.05f, 0.1f, 0.1f};
        EmotionDistribution d = LabelMapping.FER2013.toCanonical(labels, p);
        assertEquals(Emotion.HAPPINESS, d.top());
        assertEquals(0.6, d.probability(Emotion.HAPPINESS), 1e-6);
        assertEquals(0.0, d.probability(Emotion.CONTEMPT));
    }

    @Test
    void goEmotionsTwentyEightLabelsAllMapAndFollowTheEkmanGrouping() {
        assertEquals(28, LabelMapping.GOEMOTIONS_LABELS.size());
        for (String label : LabelMapping.GOEMOTIONS_LABELS) {
            LabelMapping.GOEMOTIONS.canonical(label);
        }
        assertEquals(Emotion.FEAR, LabelMapping.GOEMOTIONS.canonical("nervousness"));
        assertEquals(Emotion.ANGER, LabelMapping.GOEMOTIONS.canonical("annoyance"));
        assertEquals(Emotion.SADNESS, LabelMapping.GOEMOTIONS.canonical("grief"));
        assertEquals(Emotion.SURPRISE, LabelMapping.GOEMOTIONS.canonical("confusion"));
        assertEquals(Emotion.HAPPINESS, LabelMapping.GOEMOTIONS.canonical("gratitude"));
        // GoEmotions has no contempt: the canonical space is a superset
        assertTrue(LabelMapping.GOEMOTIONS.table().values().stream().noneMatch(e -> e == Emotion.CONTEMPT));
    }

    @Test
    void speechDataSetsMapTheirCodes() {
        assertEquals(Emotion.SURPRISE, LabelMapping.TESS.canonical("ps"));
        assertEquals(Emotion.NEUTRAL, LabelMapping.RAVDESS.canonical("calm"));
        assertEquals(Emotion.FEAR, LabelMapping.RAVDESS.canonical("fearful"));
        assertEquals(Emotion.ANGER, LabelMapping.CREMA_D.canonical("ANG"));
        assertEquals(EnumSet.of(Emotion.ANGER, Emotion.DISGUST, Emotion.FEAR, Emotion.HAPPINESS, Emotion.NEUTRAL,
                Emotion.SADNESS), EnumSet.copyOf(LabelMapping.CREMA_D.table().values()));
        assertEquals(Emotion.CONTEMPT, LabelMapping.CK_PLUS.canonical("contempt"));
    }

    @Test
    void unknownLabelIsAnErrorNotAGuess() {
        assertThrows(IllegalArgumentException.class, () -> LabelMapping.FER2013.canonical("contempt"));
        assertThrows(IllegalArgumentException.class,
                () -> LabelMapping.FER2013.toCanonical(List.of("happy"), new float[] {0.5f, 0.5f}));
    }

    @Test
    void distributionIsNormalisedAndProjectsOntoValenceArousal() {
        EmotionDistribution d = new EmotionDistribution(Map.of(Emotion.HAPPINESS, 2.0, Emotion.SADNESS, 2.0));
        assertEquals(0.5, d.probability(Emotion.HAPPINESS), 1e-9);
        assertEquals((Emotion.HAPPINESS.valence() + Emotion.SADNESS.valence()) / 2, d.valence(), 1e-9);
        assertTrue(new EmotionDistribution(Map.of(Emotion.SADNESS, 1.0)).valence() < 0);
        assertTrue(new EmotionDistribution(Map.of(Emotion.ANGER, 1.0)).arousal()
                > new EmotionDistribution(Map.of(Emotion.SADNESS, 1.0)).arousal());
        assertThrows(IllegalArgumentException.class, () -> new EmotionDistribution(Map.of(Emotion.FEAR, -0.1)));
    }
}
