package org.emodisparity.transcript.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plumbing of the production sequence classifier (the paper's RoBERTa GoEmotions, not installable here) with a
 * stand-in ONNX model of the same signature ({@link TinySequenceClassifier}): tokenizer.json through DJL, dynamic
 * padding with the tokenizer's pad id and attention mask, sigmoid scores in label order, thresholds, the canonical
 * distribution and the model id.
 */
class SequenceEmotionClassifierTest {
    @TempDir
    Path dir;

    private SequenceEmotionClassifier open() throws Exception {
        Path onnx = TinySequenceClassifier.write(dir.resolve("model.onnx"));
        return new SequenceEmotionClassifier(onnx, TinySequenceClassifier.tokenizer(), 512,
                LabelThresholds.uniform(LabelMapping.GOEMOTIONS_LABELS, 0.5f), LabelMapping.GOEMOTIONS,
                SequenceEmotionClassifier.ROBERTA_MODEL_ID, OrtSessionSettings.defaults());
    }

    @Test
    void scoresLabelsAndCanonicalDistributionPerSentence() throws Exception {
        try (SequenceEmotionClassifier c = open()) {
            List<TextEmotion> r = c.classify(List.of("I am so happy and grateful today", "I feel hopeless and sad",
                    "This makes me furious", "the table is brown"));
            assertEquals(4, r.size());
            assertEquals(List.of("gratitude", "joy"), r.get(0).detected());
            assertEquals(Emotion.HAPPINESS, r.get(0).canonical().top());
            assertEquals(List.of("sadness"), r.get(1).detected());
            assertEquals(Emotion.SADNESS, r.get(1).canonical().top());
            assertEquals(List.of("anger"), r.get(2).detected());
            assertEquals(Emotion.ANGER, r.get(2).canonical().top());
            assertEquals(List.of("neutral"), r.get(3).detected());
            assertEquals(Emotion.NEUTRAL, r.get(3).canonical().top());
            for (TextEmotion e : r) {
                assertEquals(LabelMapping.GOEMOTIONS_LABELS, List.copyOf(e.scores().keySet()));
                assertEquals(List.of("roberta-go-emotions"), e.modelIds());
                assertEquals(1.0, e.canonical().probabilities().values().stream().mapToDouble(d -> d).sum(), 1e-9);
            }
        }
    }

    @Test
    void paddingInABatchDoesNotChangeScores() throws Exception {
        try (SequenceEmotionClassifier c = open()) {
            TextEmotion alone = c.classify(List.of("I feel sad")).get(0);
            TextEmotion batched = c.classify(List.of("this is a very long sentence with many words in it today",
                    "I feel sad")).get(1);
            assertArrayEquals(alone.scores().values().stream().mapToDouble(d -> d).toArray(),
                    batched.scores().values().stream().mapToDouble(d -> d).toArray(), 1e-6);
            assertTrue(alone.scores().get("anger") < 0.5, "the pad token's anger logit is masked out");
        }
    }

    @Test
    void emptyInputGivesNoResultsAndABadModelIsACleanError() throws Exception {
        try (SequenceEmotionClassifier c = open()) {
            assertEquals(List.of(), c.classify(List.of()));
        }
        Path notOnnx = Files.writeString(dir.resolve("broken.onnx"), "not a model");
        TextEmotionException e = assertThrows(TextEmotionException.class, () -> new SequenceEmotionClassifier(notOnnx,
                TinySequenceClassifier.tokenizer(), 512, LabelThresholds.uniform(LabelMapping.GOEMOTIONS_LABELS, 0.5f),
                LabelMapping.GOEMOTIONS, "x", OrtSessionSettings.defaults()));
        assertTrue(e.getMessage().startsWith("cannot load text-emotion model x"), e.getMessage());
    }

    @Test
    void batchTokenizerPadsDynamicallyWithThePadId() throws Exception {
        try (BatchTokenizer t = BatchTokenizer.open(TinySequenceClassifier.tokenizer(), 6)) {
            List<long[]> ids = t.encode(List.of("i am", "this is a very long sentence with many words"));
            assertArrayEquals(new long[] {0, 4, 5, 2}, ids.get(0));
            assertEquals(6, ids.get(1).length, "truncated to maxTokens");
            List<TokenBatch> batches = t.batches(List.of("this is a very long", "i am", "i"), 2);
            assertEquals(2, batches.size());
            TokenBatch first = batches.get(0); // the two shortest texts
            assertArrayEquals(new int[] {2, 1}, first.rows());
            assertEquals(4, first.length());
            assertArrayEquals(new long[] {0, 4, 2, 1, 0, 4, 5, 2}, first.inputIds());
            assertArrayEquals(new long[] {1, 1, 1, 0, 1, 1, 1, 1}, first.attentionMask());
        }
    }

    @Test
    void batchTokenizerKnowsItsSpecialTokensAndVocabularySize() throws Exception {
        try (BatchTokenizer t = BatchTokenizer.open(TinySequenceClassifier.tokenizer(), 6)) {
            assertEquals(java.util.Set.of(0L, 1L, 2L, 3L), t.specialIds(), "<s> <pad> </s> <unk>");
            assertEquals(31, t.vocabularySize());
            List<long[]> ids = t.encode(List.of("i am"));
            assertEquals(List.of(ids.get(0).length), t.batchesOf(ids, 4).stream().map(TokenBatch::length).toList());
        }
    }
}
