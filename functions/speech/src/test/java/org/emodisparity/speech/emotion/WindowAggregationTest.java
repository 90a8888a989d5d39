package org.emodisparity.speech.emotion;

import static org.emodisparity.model.Emotion.ANGER;
import static org.emodisparity.model.Emotion.HAPPINESS;
import static org.emodisparity.model.Emotion.SADNESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.TimeWindow;
import org.junit.jupiter.api.Test;

/** Phrase → time-window aggregation on hand-made phrase results (plumbing, no model). */
class WindowAggregationTest {
    private static final String MODEL = "test-model";

    @Test
    void eachWindowGetsTheOverlapWeightedMeanOfItsPhrases() {
        List<PhraseEmotion> phrases = List.of(
                classified(0, 1, Map.of(ANGER, 1.0)),
                classified(1, 4, Map.of(SADNESS, 0.8, HAPPINESS, 0.2)),
                classified(6, 7, Map.of(HAPPINESS, 1.0)));
        List<TimeWindow> windows = List.of(new TimeWindow(0, 0, 4), new TimeWindow(1, 3.5, 6.5),
                new TimeWindow(2, 4, 6), new TimeWindow(3, 8, 10));

        List<WindowEmotion> out = WindowAggregation.perWindow(MODEL, phrases, windows);

        WindowEmotion w0 = out.get(0); // anger 1 s, the sad phrase 3 s
        assertEquals(0.25, w0.distribution().probability(ANGER), 1e-9);
        assertEquals(0.75 * 0.8, w0.distribution().probability(SADNESS), 1e-9);
        assertEquals(0.75 * 0.2, w0.distribution().probability(HAPPINESS), 1e-9);
        assertEquals(SADNESS, w0.top());
        assertEquals(0.6, w0.confidence(), 1e-9);
        assertEquals(2, w0.phrases());
        assertEquals(4.0, w0.speechSeconds(), 1e-9);
        assertEquals(MODEL, w0.modelId());
        assertNull(w0.note());

        WindowEmotion w1 = out.get(1); // the sad phrase 0.5 s, the happy one 0.5 s
        assertEquals(0.4, w1.distribution().probability(SADNESS), 1e-9);
        assertEquals(0.6, w1.distribution().probability(HAPPINESS), 1e-9);
        assertEquals(HAPPINESS, w1.top());
        assertEquals(2, w1.phrases());
        assertEquals(1.0, w1.speechSeconds(), 1e-9);

        for (WindowEmotion silent : List.of(out.get(2), out.get(3))) {
            assertFalse(silent.hasEstimate(), "a window between or after the phrases has no estimate");
            assertNull(silent.distribution());
            assertNull(silent.top());
            assertNull(silent.confidence());
            assertEquals(0, silent.phrases());
            assertEquals(WindowEmotion.NO_SPEECH, silent.note());
            assertEquals(MODEL, silent.modelId());
        }
    }

    @Test
    void aWindowWithOnlySkippedPhrasesSaysWhyNotNoSpeech() {
        PhraseEmotion tooShort = PhraseEmotion.skipped(TimeWindow.of(1, 1.3), MODEL, "phrase of 0.30 s is shorter");
        List<WindowEmotion> out = WindowAggregation.perWindow(MODEL, List.of(tooShort, classified(3, 5,
                Map.of(ANGER, 1.0))), List.of(new TimeWindow(0, 0, 2), new TimeWindow(1, 1, 4)));
        assertNull(out.get(0).distribution());
        assertEquals("speech not classified: phrase of 0.30 s is shorter", out.get(0).note());
        assertTrue(out.get(1).hasEstimate(), "the skipped phrase does not dilute the classified one");
        assertEquals(1.0, out.get(1).distribution().probability(ANGER), 1e-9);
        assertEquals(1, out.get(1).phrases());
    }

    private static PhraseEmotion classified(double start, double end, Map<Emotion, Double> probabilities) {
        return PhraseEmotion.classified(TimeWindow.of(start, end), MODEL, new EmotionDistribution(probabilities),
                Map.of(), 1);
    }
}
