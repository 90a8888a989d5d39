package org.emodisparity.transcript.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.LabelMapping;
import org.junit.jupiter.api.Test;

/** Backchannels and the calibrated canonical distribution (no model needed). */
class BackchannelsTest {
    @Test
    void acknowledgementsAreBackchannelsAndSentencesWithContentAreNot() {
        for (String s : List.of("Yeah.", "Okay.", "Mm-hmm", "mhm", "Uh-huh.", "Right, right.", "Yeah, okay.", "I see.",
                "Oh, I see.", "Got it.", "OK!", "Sure.", "Hmm...")) {
            assertTrue(Backchannels.is(s), s);
        }
        for (String s : List.of("No.", "Oh no.", "Yeah, I hate it.", "I'm fine, really, thank you.", "It",
                "All of them.", "", "...", "Right, so my mother died last week.")) {
            assertFalse(Backchannels.is(s), s);
        }
    }

    @Test
    void aBackchannelKeepsLittleConfidenceAndNoLabel() {
        EmotionDistribution confident = new EmotionDistribution(Map.of(Emotion.NEUTRAL, 0.94, Emotion.HAPPINESS, 0.01,
                Emotion.SADNESS, 0.01, Emotion.ANGER, 0.01, Emotion.FEAR, 0.01, Emotion.DISGUST, 0.01,
                Emotion.SURPRISE, 0.01));
        TextEmotion e = new TextEmotion(Map.of("neutral", 0.97), List.of("neutral"), confident, List.of("m"));
        TextEmotion soft = Backchannels.soften(e);
        assertTrue(soft.canonical().probability(soft.canonical().top()) <= 0.2, soft.canonical().toString());
        assertEquals(Emotion.NEUTRAL, soft.canonical().top(), "what little the model said stays in the order");
        assertTrue(soft.detected().isEmpty());
        assertEquals(List.of("m"), soft.modelIds());
    }

    @Test
    void temperatureAboveOneFlattensAndOneChangesNothing() {
        List<String> labels = LabelMapping.GOEMOTIONS_LABELS;
        float[] scores = new float[labels.size()];
        scores[labels.indexOf("joy")] = 0.9f;
        scores[labels.indexOf("sadness")] = 0.2f;
        scores[labels.indexOf("neutral")] = 0.1f;
        EmotionDistribution plain = CanonicalScores.distribution(labels, scores, LabelMapping.GOEMOTIONS);
        assertEquals(plain, CanonicalScores.distribution(labels, scores, LabelMapping.GOEMOTIONS, 1.0));
        EmotionDistribution warm = CanonicalScores.distribution(labels, scores, LabelMapping.GOEMOTIONS, 2.5);
        assertEquals(Emotion.HAPPINESS, warm.top());
        assertTrue(warm.probability(Emotion.HAPPINESS) < plain.probability(Emotion.HAPPINESS));
        assertTrue(warm.probability(Emotion.NEUTRAL) > plain.probability(Emotion.NEUTRAL));
        assertEquals(Math.pow(0.9 / 0.2, 1 / 2.5),
                warm.probability(Emotion.HAPPINESS) / warm.probability(Emotion.SADNESS), 1e-6);
    }
}
