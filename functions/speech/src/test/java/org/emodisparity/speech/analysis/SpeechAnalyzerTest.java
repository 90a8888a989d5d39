package org.emodisparity.speech.analysis;

import org.emodisparity.model.TimeWindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The façade with a stand-in voice activity detector (no model needed). */
class SpeechAnalyzerTest {
    @Test
    void phrasesIntervalsAndTheirBaselines() {
        // Three "utterances": a calm one, an excited one (louder, higher) after a long pause, and a calm one again
        // after a short pause, which therefore belongs to the same phrase as the excited one.
        float[] calm = TestSignals.withNoise(TestSignals.harmonicTone(120, 1.0, 1, 15, 0.05), 30, 1);
        float[] excited = TestSignals.withNoise(TestSignals.harmonicTone(170, 1.0, 1, 15, 0.15), 30, 2);
        float[] pcm = TestSignals.concat(TestSignals.silence(0.5), calm, TestSignals.silence(0.6), excited,
                TestSignals.silence(0.15), calm, TestSignals.silence(0.5));
        List<SpeechRegion> regions = List.of(new SpeechRegion(0.5, 1.5), new SpeechRegion(2.1, 3.1),
                new SpeechRegion(3.25, 4.25));
        SpeechAnalyzer analyzer = new SpeechAnalyzer(signal -> regions);

        SpeechAnalysisResult result = analyzer.analyze(pcm, List.of(TimeWindow.of(0, 0.5), TimeWindow.of(0.5, 1.5),
                TimeWindow.of(2.1, 3.1), TimeWindow.of(3.25, 4.25)));

        assertEquals(regions, result.regions());
        assertEquals(2, result.phrases().size(), "split at the 0.6 s pause, not at the 0.15 s one");
        assertEquals(TimeWindow.of(2.1, 4.25), result.phrases().get(1).phrase().interval());
        assertEquals(SpeechPresence.NO_SPEECH, result.intervals().get(0).cues().presence());
        assertEquals(ArousalScore.Status.NO_SPEECH, result.intervals().get(0).arousal().status());
        double calmArousal = result.intervals().get(1).arousal().value();
        double excitedArousal = result.intervals().get(2).arousal().value();
        assertTrue(excitedArousal > 0.3 && calmArousal < -0.1, "calm " + calmArousal + ", excited " + excitedArousal);
        assertEquals(calmArousal, result.intervals().get(3).arousal().value(), 0.05, "same voice, same score");
        assertEquals(3, result.intervalBaseline().intervals());
        assertEquals(2, result.phraseBaseline().intervals());
        assertTrue(result.phrases().get(1).arousal().value() > result.phrases().get(0).arousal().value());
        assertEquals(3.0, result.speechSeconds(), 1e-9);
    }

    @Test
    void emptyAndTinySignals() {
        SpeechAnalyzer analyzer = new SpeechAnalyzer(signal -> List.of());
        SpeechAnalysisResult empty = analyzer.analyze(new float[0], List.of(TimeWindow.of(0, 1)));
        assertTrue(empty.phrases().isEmpty());
        assertEquals(SpeechPresence.NO_SPEECH, empty.intervals().get(0).cues().presence());

        float[] tiny = TestSignals.harmonicTone(150, 0.01, 1, 5, 0.1);
        SpeechAnalysisResult tinyResult = new SpeechAnalyzer(signal -> List.of(new SpeechRegion(0, 0.01)))
                .analyze(tiny, List.of(TimeWindow.of(0, 1)));
        assertEquals(SpeechPresence.TOO_LITTLE_SPEECH, tinyResult.intervals().get(0).cues().presence());
    }

    @Test
    void regionsMustBeOrdered() {
        SpeechAnalyzer analyzer = new SpeechAnalyzer(signal -> List.of(new SpeechRegion(1, 2), new SpeechRegion(1.5, 3)));
        assertThrows(IllegalArgumentException.class, () -> analyzer.analyze(new float[48000], List.of()));
    }
}
