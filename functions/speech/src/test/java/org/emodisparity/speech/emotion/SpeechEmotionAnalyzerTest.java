package org.emodisparity.speech.emotion;

import static org.emodisparity.model.Emotion.ANGER;
import static org.emodisparity.model.Emotion.SADNESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phrases → chunks → model → phrase distribution → windows, with a toy TESS-labelled ONNX model whose output
 * follows from loudness (loud → angry, quiet → sad; {@link LoudnessModels}). Checks plumbing, not accuracy. The toy
 * model measures raw loudness, so these tests switch the waveform normalisation off.
 */
class SpeechEmotionAnalyzerTest {
    private static final ClassifierSettings RAW = ClassifierSettings.defaults().withNormalisation(WaveformNormalisation.NONE);

    @TempDir
    Path dir;

    @Test
    void aSixtySecondPhraseIsTheDurationWeightedMeanOfItsChunks() throws IOException {
        float[] pcm = TestSignals.concat(TestSignals.tone(20, TestSignals.LOUD), TestSignals.tone(40, TestSignals.QUIET));
        try (SpeechEmotionClassifier c = tess(LoudnessModels.Spec.of(7, 0, 6))) {
            PhraseEmotion phrase = new SpeechEmotionAnalyzer(c).classifyPhrase(pcm, TimeWindow.of(0, 60));
            assertTrue(phrase.isClassified());
            assertEquals(3, phrase.chunks(), "60 s in chunks of at most 27 s: 3 × 20 s");
            assertEquals(1 / 3.0, phrase.distribution().probability(ANGER), 1e-3);
            assertEquals(2 / 3.0, phrase.distribution().probability(SADNESS), 1e-3);
            assertEquals(List.of("angry", "disgust", "fear", "happy", "neutral", "ps", "sad"),
                    List.copyOf(phrase.modelLabelProbabilities().keySet()), "model labels in model order");
            assertEquals(1 / 3.0, phrase.modelLabelProbabilities().get("angry"), 1e-3);
            assertEquals("tess-toy", phrase.modelId());
        }
    }

    @Test
    void phrasesBecomeWindowsAndWindowsWithoutPhrasesAreNoSpeech() throws IOException {
        // loud 0–2 s, silence 2–3 s, quiet 3–6 s, silence 6–9 s
        float[] pcm = TestSignals.concat(TestSignals.tone(2, TestSignals.LOUD), new float[16_000],
                TestSignals.tone(3, TestSignals.QUIET), new float[48_000]);
        List<TimeWindow> windows = WindowPlan.plan(9.0, 2.5, 1.25).windows();
        try (SpeechEmotionClassifier c = tess(LoudnessModels.Spec.of(7, 0, 6))) {
            SpeechEmotionResult result = new SpeechEmotionAnalyzer(c).analyse(pcm,
                    List.of(TimeWindow.of(0, 2), TimeWindow.of(3, 6)), windows);

            assertEquals("tess-toy", result.modelId());
            assertEquals("CPU", result.executionProvider());
            assertEquals(2, result.phrases().size());
            assertEquals(windows.size(), result.windows().size());
            for (WindowEmotion w : result.windows()) {
                double start = w.window().start();
                assertEquals("tess-toy", w.modelId());
                if (start >= 6.0) {
                    assertFalse(w.hasEstimate(), w.window() + " lies after the last phrase");
                    assertEquals(WindowEmotion.NO_SPEECH, w.note());
                } else {
                    assertTrue(w.hasEstimate(), w.window().toString());
                    assertEquals(w.distribution().probability(w.top()), w.confidence(), 1e-12);
                }
            }
            WindowEmotion first = result.windows().get(0); // [0, 2.5): the loud phrase only
            assertEquals(ANGER, first.top());
            assertEquals(1, first.phrases());
            assertEquals(2.0, first.speechSeconds(), 1e-9);
            WindowEmotion straddling = result.windows().get(1); // [1.25, 3.75): 0.75 s of each phrase
            assertEquals(2, straddling.phrases());
            assertEquals(0.5, straddling.distribution().probability(ANGER), 1e-3);
            assertEquals(0.5, straddling.distribution().probability(SADNESS), 1e-3);
            WindowEmotion tail = result.windows().get(4); // [5, 7.5): 1 s of the quiet phrase
            assertEquals(SADNESS, tail.top());
            assertEquals(1.0, tail.speechSeconds(), 1e-9);
        }
    }

    @Test
    void phrasesShorterThanTheMinimumAreSkippedWithAReason() throws IOException {
        float[] pcm = TestSignals.tone(4, TestSignals.LOUD);
        try (SpeechEmotionClassifier c = tess(LoudnessModels.Spec.of(7, 0, 6))) {
            SpeechEmotionResult result = new SpeechEmotionAnalyzer(c, new ChunkingSettings(27, 0.5)).analyse(pcm,
                    List.of(TimeWindow.of(0.2, 0.5), TimeWindow.of(1, 3)),
                    List.of(new TimeWindow(0, 0, 0.8), new TimeWindow(1, 0.8, 4)));
            PhraseEmotion shortOne = result.phrases().get(0);
            assertFalse(shortOne.isClassified());
            assertEquals(0, shortOne.chunks());
            assertEquals("phrase of 0.30 s is shorter than the minimum of 0.50 s", shortOne.skipReason());
            assertTrue(result.phrases().get(1).isClassified());
            assertNull(result.windows().get(0).distribution());
            assertEquals("speech not classified: " + shortOne.skipReason(), result.windows().get(0).note());
            assertEquals(ANGER, result.windows().get(1).top());
        }
    }

    @Test
    void phrasesBeyondTheAudioAreCutOrSkipped() throws IOException {
        float[] pcm = TestSignals.tone(3, TestSignals.LOUD);
        try (SpeechEmotionClassifier c = tess(LoudnessModels.Spec.of(7, 0, 6))) {
            SpeechEmotionAnalyzer analyzer = new SpeechEmotionAnalyzer(c);
            PhraseEmotion cut = analyzer.classifyPhrase(pcm, TimeWindow.of(2, 5));
            assertEquals(TimeWindow.of(2, 3), cut.phrase());
            assertTrue(cut.isClassified());
            PhraseEmotion outside = analyzer.classifyPhrase(pcm, TimeWindow.of(4, 5));
            assertFalse(outside.isClassified());
            assertTrue(outside.skipReason().contains("beyond the end of the audio"), outside.skipReason());
        }
    }

    @Test
    void aFixedLengthModelLowersTheChunkLength() throws IOException {
        // Input fixed at 5 s (as the public wav2vec2 export fixes 20 s): a 12 s phrase needs 3 chunks of 4 s.
        float[] pcm = TestSignals.tone(12, TestSignals.LOUD);
        try (SpeechEmotionClassifier c = tess(LoudnessModels.Spec.of(7, 0, 6).fixedLength(80_000).withAttentionMask())) {
            SpeechEmotionAnalyzer analyzer = new SpeechEmotionAnalyzer(c);
            assertEquals(80_000, analyzer.maxChunkSamples());
            PhraseEmotion phrase = analyzer.classifyPhrase(pcm, TimeWindow.of(0, 12));
            assertEquals(3, phrase.chunks());
            assertEquals(ANGER, phrase.distribution().top());
        }
    }

    private SpeechEmotionClassifier tess(LoudnessModels.Spec spec) throws IOException {
        Path file = LoudnessModels.write(dir, "tess-toy.onnx", spec);
        return SpeechEmotionClassifier.open(new SpeechEmotionModel("tess-toy", file,
                SpeechEmotionClassifierTest.TESS, LabelMapping.TESS), RAW);
    }
}
