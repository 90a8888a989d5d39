package org.emodisparity.speech.emotion;

import static org.emodisparity.model.Emotion.ANGER;
import static org.emodisparity.model.Emotion.DISGUST;
import static org.emodisparity.model.Emotion.FEAR;
import static org.emodisparity.model.Emotion.HAPPINESS;
import static org.emodisparity.model.Emotion.NEUTRAL;
import static org.emodisparity.model.Emotion.SADNESS;
import static org.emodisparity.model.Emotion.SURPRISE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plumbing of {@link SpeechEmotionClassifier}, not accuracy: no trained speech-emotion model is reachable here, so
 * the models are tiny ONNX graphs with the wav2vec2 classifier signature whose output follows from loudness
 * ({@link LoudnessModels}). The tests check tensor discovery, the attention mask, normalisation, softmax, label
 * order and the label mapping tables, and that mismatches are clear errors.
 */
class SpeechEmotionClassifierTest {
    static final List<String> TESS = List.of("angry", "disgust", "fear", "happy", "neutral", "ps", "sad");
    static final List<String> RAVDESS =
            List.of("angry", "calm", "disgust", "fearful", "happy", "neutral", "sad", "surprised");
    static final List<String> CREMA_D = List.of("ANG", "DIS", "FEA", "HAP", "NEU", "SAD");

    private static final ClassifierSettings RAW = ClassifierSettings.defaults().withNormalisation(WaveformNormalisation.NONE);

    @TempDir
    Path dir;

    static Stream<Arguments> labelSets() {
        return Stream.of(
                Arguments.of(LabelMapping.TESS, TESS,
                        List.of(ANGER, DISGUST, FEAR, HAPPINESS, NEUTRAL, SURPRISE, SADNESS)),
                Arguments.of(LabelMapping.RAVDESS, RAVDESS,
                        List.of(ANGER, NEUTRAL, DISGUST, FEAR, HAPPINESS, NEUTRAL, SADNESS, SURPRISE)),
                Arguments.of(LabelMapping.CREMA_D, CREMA_D, List.of(ANGER, DISGUST, FEAR, HAPPINESS, NEUTRAL, SADNESS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelSets")
    void everyOutputPositionMapsToItsCanonicalLabel(LabelMapping mapping, List<String> labels, List<Emotion> expected)
            throws IOException {
        float[] loud = TestSignals.tone(1.0, TestSignals.LOUD);
        float[] quiet = TestSignals.tone(1.0, TestSignals.QUIET);
        for (int i = 0; i < labels.size(); i++) {
            int q = (i + 1) % labels.size();
            Path file = LoudnessModels.write(dir, mapping + "-" + i + ".onnx", LoudnessModels.Spec.of(labels.size(), i, q));
            try (SpeechEmotionClassifier c = SpeechEmotionClassifier.open(
                    new SpeechEmotionModel("test-" + mapping, file, labels, mapping), RAW)) {
                ClipScores l = c.classify(loud);
                assertEquals(i, argmax(l.modelProbabilities()), labels.get(i));
                assertEquals(1.0, l.modelProbabilities()[i], 1e-4);
                assertEquals(1.0, l.distribution().probability(expected.get(i)), 1e-4, labels.get(i));
                assertEquals(expected.get(i), l.distribution().top());
                ClipScores s = c.classify(quiet);
                assertEquals(q, argmax(s.modelProbabilities()), labels.get(q));
                assertEquals(expected.get(q), s.distribution().top());
            }
        }
    }

    @Test
    void ravdessCalmAndNeutralAddUpToNeutral() throws IOException {
        // Quiet input lights both "calm" (1) and "neutral" (5) equally: 0.5 each, 1.0 canonical neutral.
        Path file = LoudnessModels.write(dir, "ravdess.onnx", LoudnessModels.Spec.of(8, 0, 1).quiet(1, 5));
        try (SpeechEmotionClassifier c = SpeechEmotionClassifier.open(
                new SpeechEmotionModel("ravdess", file, RAVDESS, LabelMapping.RAVDESS), RAW)) {
            ClipScores s = c.classify(TestSignals.tone(1.0, TestSignals.QUIET));
            assertEquals(0.5, s.modelProbabilities()[1], 1e-3);
            assertEquals(0.5, s.modelProbabilities()[5], 1e-3);
            assertEquals(1.0, s.distribution().probability(NEUTRAL), 1e-3);
            assertEquals(0.0, s.distribution().probability(Emotion.CONTEMPT));
        }
    }

    @Test
    void catalogEntryGivesLabelsMappingAndNormalisation() throws IOException {
        ModelEntry entry = ModelCatalog.load().entry("wav2vec2-speech-emotion");
        Path modelDir = Files.createDirectories(dir.resolve(entry.id()));
        LoudnessModels.write(modelDir, entry.files().get(0).name(), LoudnessModels.Spec.of(8, 0, 6));
        InstalledModel installed = new InstalledModel(entry, modelDir); // files not hashed: a stand-in, not the model

        try (SpeechEmotionClassifier c = SpeechEmotionClassifier.open(installed)) {
            assertEquals("wav2vec2-speech-emotion", c.modelId());
            assertEquals(RAVDESS, c.labels());
            assertEquals(LabelMapping.RAVDESS, c.model().mapping());
            assertEquals(WaveformNormalisation.ZERO_MEAN_UNIT_VARIANCE, c.options().normalisation(),
                    "the entry says zero mean and unit variance per clip");
            assertEquals(ScoreActivation.LOGITS, c.options().activation());
            assertEquals("CPU", c.executionProvider());
            // Normalised to unit variance, even a quiet clip is "loud" to the toy model: label 0, angry.
            assertEquals(ANGER, c.classify(TestSignals.tone(1.0, TestSignals.QUIET)).distribution().top());
        }
    }

    @Test
    void normalisationOnAndOff() throws IOException {
        Path file = LoudnessModels.write(dir, "tess.onnx", LoudnessModels.Spec.of(7, 0, 6));
        SpeechEmotionModel model = new SpeechEmotionModel("tess", file, TESS, LabelMapping.TESS);
        float[] quiet = TestSignals.tone(1.0, TestSignals.QUIET);
        float[] before = quiet.clone();
        try (SpeechEmotionClassifier raw = SpeechEmotionClassifier.open(model, RAW);
                SpeechEmotionClassifier normalised = SpeechEmotionClassifier.open(model,
                        RAW.withNormalisation(WaveformNormalisation.ZERO_MEAN_UNIT_VARIANCE))) {
            assertEquals(SADNESS, raw.classify(quiet).distribution().top(), "raw: quiet stays quiet");
            assertEquals(ANGER, normalised.classify(quiet).distribution().top(), "normalised: unit variance");
        }
        assertArrayEquals(before, quiet, "the caller's samples are not modified");
    }

    @Test
    void zeroMeanUnitVarianceLikeWav2Vec2FeatureExtractor() {
        float[] clip = TestSignals.tone(0.5, 0.03f);
        for (int i = 0; i < clip.length; i++) {
            clip[i] += 0.2f; // DC offset
        }
        float[] out = WaveformNormalisation.ZERO_MEAN_UNIT_VARIANCE.apply(clip);
        double mean = 0;
        for (float x : out) {
            mean += x;
        }
        mean /= out.length;
        assertEquals(0, mean, 1e-4);
        assertEquals(1, LoudnessModels.meanSquare(out) - mean * mean, 1e-3);
        assertArrayEquals(clip, WaveformNormalisation.NONE.apply(clip));

        assertEquals(WaveformNormalisation.ZERO_MEAN_UNIT_VARIANCE, WaveformNormalisation.fromContract(
                "float PCM, zero mean and unit variance per clip (Wav2Vec2FeatureExtractor)", WaveformNormalisation.NONE));
        assertEquals(WaveformNormalisation.NONE,
                WaveformNormalisation.fromContract("float PCM in [-1, 1]", WaveformNormalisation.ZERO_MEAN_UNIT_VARIANCE));
        assertEquals(WaveformNormalisation.ZERO_MEAN_UNIT_VARIANCE,
                WaveformNormalisation.fromContract(null, WaveformNormalisation.ZERO_MEAN_UNIT_VARIANCE));
    }

    @Test
    void attentionMaskMarksThePaddingOfAFixedLengthInput() throws IOException {
        // Model input fixed at 1 s; a 0.25 s clip with mean square 0.02 (> threshold 0.01) is padded to 1 s.
        float[] clip = TestSignals.tone(0.25, 0.2f);
        LoudnessModels.Spec fixed = LoudnessModels.Spec.of(7, 0, 6).fixedLength(16_000);
        Path masked = LoudnessModels.write(dir, "masked.onnx", fixed.withAttentionMask());
        Path unmasked = LoudnessModels.write(dir, "unmasked.onnx", fixed);
        try (SpeechEmotionClassifier withMask = open(masked, RAW);
                SpeechEmotionClassifier withoutMask = open(unmasked, RAW)) {
            assertTrue(withMask.takesAttentionMask());
            assertFalse(withoutMask.takesAttentionMask());
            assertEquals(16_000, withMask.fixedInputSamples().orElseThrow());
            assertEquals(ANGER, withMask.classify(clip).distribution().top(), "mask: energy of the real samples");
            assertEquals(SADNESS, withoutMask.classify(clip).distribution().top(), "no mask: diluted by 0.75 s of zeros");
            IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                    () -> withMask.classify(TestSignals.tone(1.5, 0.2f)));
            assertTrue(tooLong.getMessage().contains("fixed input of 16000 samples"), tooLong.getMessage());
        }
    }

    @Test
    void dynamicModelWithAttentionMask() throws IOException {
        Path file = LoudnessModels.write(dir, "mask.onnx", LoudnessModels.Spec.of(7, 0, 6).withAttentionMask());
        try (SpeechEmotionClassifier c = open(file, RAW)) {
            assertTrue(c.takesAttentionMask());
            assertTrue(c.fixedInputSamples().isEmpty());
            assertEquals(ANGER, c.classify(TestSignals.tone(0.7, TestSignals.LOUD)).distribution().top());
            assertEquals(SADNESS, c.classify(TestSignals.tone(0.7, TestSignals.QUIET)).distribution().top());
        }
    }

    @Test
    void tensorNamesAreDiscoveredUnlessConfigured() throws IOException {
        Path file = LoudnessModels.write(dir, "named.onnx", LoudnessModels.Spec.of(7, 0, 6).named("audio", "scores"));
        try (SpeechEmotionClassifier c = open(file, RAW)) {
            assertEquals(ANGER, c.classify(TestSignals.tone(0.5, TestSignals.LOUD)).distribution().top());
        }
        try (SpeechEmotionClassifier c = open(file, RAW.withTensorNames("audio", "attention_mask", "scores"))) {
            assertEquals(SADNESS, c.classify(TestSignals.tone(0.5, TestSignals.QUIET)).distribution().top());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> open(file, RAW.withTensorNames("input_values", "attention_mask", null)));
        assertTrue(e.getMessage().contains("no input named input_values") && e.getMessage().contains("audio"),
                e.getMessage());
    }

    @Test
    void anInputTheClassifierCannotFeedIsAnError() throws IOException {
        Path file = LoudnessModels.write(dir, "extra.onnx", LoudnessModels.Spec.of(7, 0, 6).withExtraInput());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> open(file, RAW));
        assertTrue(e.getMessage().contains("speaker_embedding"), e.getMessage());
    }

    @Test
    void declaredOutputWidthOtherThanTheLabelCountIsAnErrorAtLoad() throws IOException {
        Path file = LoudnessModels.write(dir, "five.onnx", LoudnessModels.Spec.of(5, 0, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> open(file, RAW));
        assertTrue(e.getMessage().contains("returns 5 scores per clip") && e.getMessage().contains("lists 7 labels"),
                e.getMessage());
    }

    @Test
    void dynamicOutputWidthOtherThanTheLabelCountIsAnErrorAtInference() throws IOException {
        Path file = LoudnessModels.write(dir, "five-dynamic.onnx", LoudnessModels.Spec.of(5, 0, 4).dynamicWidth());
        try (SpeechEmotionClassifier c = open(file, RAW)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> c.classify(TestSignals.tone(0.5, TestSignals.LOUD)));
            assertTrue(e.getMessage().contains("returns 5 scores per clip") && e.getMessage().contains("lists 7 labels"),
                    e.getMessage());
        }
    }

    @Test
    void labelsOutsideTheMappingTableAreRejected() {
        Path file = dir.resolve("unused.onnx");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SpeechEmotionModel("m", file, List.of("angry", "bored"), LabelMapping.TESS));
        assertTrue(e.getMessage().contains("bored"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SpeechEmotionModel("m", file, List.of("angry", "Angry"), LabelMapping.TESS));
    }

    @Test
    void cudaWhereUnavailableFallsBackToCpu() throws IOException {
        Path file = LoudnessModels.write(dir, "cuda.onnx", LoudnessModels.Spec.of(7, 0, 6));
        try (SpeechEmotionClassifier c = open(file, RAW.withOrt(OrtSessionSettings.defaults().withCuda(true, 0)))) {
            // The CPU-only onnxruntime artifact gives "CPU"; a CUDA build on a GPU machine would give "CUDA:0".
            assertTrue(List.of("CPU", "CUDA:0").contains(c.executionProvider()), c.executionProvider());
            assertEquals(ANGER, c.classify(TestSignals.tone(0.5, TestSignals.LOUD)).distribution().top());
        }
    }

    @Test
    void scoreActivations() {
        float[] softmax = ScoreActivation.LOGITS.toProbabilities(new float[] {0, (float) Math.log(3)});
        assertArrayEquals(new float[] {0.25f, 0.75f}, softmax, 1e-6f);
        assertArrayEquals(new float[] {0.2f, 0.8f}, ScoreActivation.PROBABILITIES.toProbabilities(new float[] {1, 4}),
                1e-6f);
        assertEquals(ScoreActivation.LOGITS, ScoreActivation.fromContract("logits"));
        assertEquals(ScoreActivation.PROBABILITIES, ScoreActivation.fromContract("softmax"));
        assertThrows(IllegalArgumentException.class, () -> ScoreActivation.fromContract("sigmoid"));
    }

    @Test
    void emptyClipIsAnError() throws IOException {
        Path file = LoudnessModels.write(dir, "empty.onnx", LoudnessModels.Spec.of(7, 0, 6));
        try (SpeechEmotionClassifier c = open(file, RAW)) {
            assertThrows(IllegalArgumentException.class, () -> c.classify(new float[0]));
        }
    }

    private static SpeechEmotionClassifier open(Path file, ClassifierSettings options) {
        return SpeechEmotionClassifier.open(new SpeechEmotionModel("tess-test", file, TESS, LabelMapping.TESS), options);
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
