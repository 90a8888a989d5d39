package org.emodisparity.speech.emotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.speech.analysis.Pcm16k;
import org.emodisparity.model.audio.Wav16k;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real speech (jfk.wav, 11 s) through the whole path with a toy loudness model ({@link LoudnessModels}, RAVDESS
 * labels, with an attention mask): this checks plumbing, not accuracy. The model's output for every chunk is
 * predictable, so the phrase probabilities must equal the duration-weighted mean of what the chunks' own samples
 * predict; and windows in the pauses must be "no speech".
 */
class RealSpeechPlumbingTest {
    /** "And so my fellow Americans" | "ask not" | "what your country can do for you" | "ask what you can do for your country" (Praat). */
    private static final List<TimeWindow> PHRASES = List.of(TimeWindow.of(0.320, 2.152), TimeWindow.of(3.280, 4.328),
            TimeWindow.of(5.408, 7.704), TimeWindow.of(8.184, 10.5));
    private static final double MAX_CHUNK_SECONDS = 1.0; // small, so that real phrases are chunked too

    private static float[] pcm;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws IOException {
        pcm = Wav16k.readMono(SharedMedia.jfkWav());
    }

    @Test
    void phraseProbabilitiesAreTheChunkWeightedMeanOfWhatTheSamplesPredict() throws IOException {
        LoudnessModels.Spec spec = LoudnessModels.Spec.of(8, 0, 6).withAttentionMask(); // loud → angry, quiet → sad
        try (SpeechEmotionClassifier c = open(spec, WaveformNormalisation.NONE)) {
            SpeechEmotionAnalyzer analyzer = new SpeechEmotionAnalyzer(c, new ChunkingSettings(MAX_CHUNK_SECONDS, 0.5));
            for (TimeWindow phrase : PHRASES) {
                PhraseEmotion result = analyzer.classifyPhrase(pcm, phrase);
                SampleRange range = new SampleRange(SampleRange.sampleAt(phrase.start()), SampleRange.sampleAt(phrase.end()));
                List<SampleRange> chunks = PhraseChunker.chunks(range, Pcm16k.SAMPLE_RATE);
                assertEquals(chunks.size(), result.chunks());
                WeightedMean expected = new WeightedMean(8);
                for (SampleRange chunk : chunks) {
                    double energy = LoudnessModels.meanSquare(Arrays.copyOfRange(pcm, chunk.from(), chunk.to()));
                    expected.add(ScoreActivation.LOGITS.toProbabilities(LoudnessModels.expectedLogits(spec, energy)),
                            chunk.length());
                }
                float[] want = expected.mean();
                System.out.printf("%s: %d chunks, angry %.4f, sad %.4f%n", phrase, result.chunks(), want[0], want[6]);
                for (int i = 0; i < want.length; i++) {
                    assertEquals(want[i], result.modelLabelProbabilities().get(c.labels().get(i)), 1e-4,
                            phrase + " " + c.labels().get(i));
                }
                double neutral = want[1] + want[5]; // calm + neutral
                assertEquals(neutral, result.distribution().probability(Emotion.NEUTRAL), 1e-4);
            }
        }
    }

    @Test
    void normalisedRealSpeechGivesAnEstimateForEverySpokenWindowAndNoSpeechInThePauses() throws IOException {
        LoudnessModels.Spec spec = LoudnessModels.Spec.of(8, 0, 6).withAttentionMask();
        List<TimeWindow> windows = WindowPlan.plan(Pcm16k.duration(pcm), 0.5, 0.5).windows();
        try (SpeechEmotionClassifier c = open(spec, WaveformNormalisation.ZERO_MEAN_UNIT_VARIANCE)) {
            SpeechEmotionResult result = new SpeechEmotionAnalyzer(c, new ChunkingSettings(MAX_CHUNK_SECONDS, 0.5))
                    .analyse(pcm, PHRASES, windows);
            assertTrue(result.phrases().stream().allMatch(PhraseEmotion::isClassified));
            int silent = 0;
            for (WindowEmotion w : result.windows()) {
                boolean spoken = PHRASES.stream().anyMatch(p -> w.window().overlap(p.start(), p.end()) > 0);
                assertEquals(spoken, w.hasEstimate(), w.window().toString());
                assertEquals("rec-test", w.modelId());
                if (spoken) {
                    // Unit variance makes every chunk "loud" to the toy model.
                    assertEquals(Emotion.ANGER, w.top(), w.window().toString());
                    assertEquals(1.0, w.distribution().probabilities().values().stream()
                            .mapToDouble(Double::doubleValue).sum(), 1e-9);
                    assertTrue(w.phrases() >= 1);
                } else {
                    assertEquals(WindowEmotion.NO_SPEECH, w.note());
                    silent++;
                }
            }
            assertEquals(3, silent, "[2.5, 3), [4.5, 5) and [10.5, 11) lie in pauses");
            assertFalse(result.windows().isEmpty());
        }
    }

    private SpeechEmotionClassifier open(LoudnessModels.Spec spec, WaveformNormalisation normalisation)
            throws IOException {
        Path file = LoudnessModels.write(dir, "rec-test.onnx", spec);
        return SpeechEmotionClassifier.open(new SpeechEmotionModel("rec-test", file, SpeechEmotionClassifierTest.RAVDESS,
                LabelMapping.RAVDESS), ClassifierSettings.defaults().withNormalisation(normalisation));
    }
}
