package org.emodisparity.transcript.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.WindowPlan;
import org.junit.jupiter.api.Test;

class SentenceWindowsTest {

    private static AnalysedSentence sentence(int index, double start, double end, Emotion emotion) {
        TextEmotion e = new TextEmotion(Map.of(), List.of(), new EmotionDistribution(Map.of(emotion, 1.0)),
                List.of("m"));
        return new AnalysedSentence(index, start, end, null, "s" + index, e);
    }

    @Test
    void sentencesCountInTheWindowsTheyOverlapWeightedBySeconds() {
        WindowPlan plan = WindowPlan.plan(10, 2.5, 1.25); // [0,2.5) [1.25,3.75) [2.5,5) ... [7.5,10)
        List<WindowTextEmotion> w = SentenceWindows.map(List.of(
                sentence(0, 0.5, 2.0, Emotion.SADNESS),
                sentence(1, 2.0, 3.0, Emotion.HAPPINESS)), plan);
        assertEquals(plan.windows().size(), w.size());

        WindowTextEmotion first = w.get(0); // sadness 1.5 s, happiness 0.5 s
        assertEquals(List.of(0, 1), first.sentences());
        assertEquals(0.75, first.distribution().probability(Emotion.SADNESS), 1e-9);
        assertEquals(0.25, first.distribution().probability(Emotion.HAPPINESS), 1e-9);
        assertEquals(2.0, first.speechSeconds(), 1e-9);

        WindowTextEmotion third = w.get(2); // [2.5, 5): only the second half of sentence 1
        assertEquals(List.of(1), third.sentences());
        assertEquals(Emotion.HAPPINESS, third.distribution().top());

        WindowTextEmotion last = w.get(w.size() - 1);
        assertFalse(last.hasSpeech());
        assertTrue(last.distribution().isEmpty(), "silence is no evidence, not neutral");
    }

    @Test
    void aZeroLengthSentenceCountsInTheWindowsHoldingItsInstant() {
        WindowPlan plan = WindowPlan.plan(5, 2.5, 2.5);
        List<WindowTextEmotion> w = SentenceWindows.map(List.of(sentence(0, 1.0, 1.0, Emotion.ANGER)), plan);
        assertEquals(List.of(0), w.get(0).sentences());
        assertEquals(Emotion.ANGER, w.get(0).distribution().top());
        assertFalse(w.get(1).hasSpeech());
    }
}
