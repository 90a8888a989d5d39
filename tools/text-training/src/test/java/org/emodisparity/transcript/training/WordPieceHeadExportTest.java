package org.emodisparity.transcript.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.emodisparity.transcript.analysis.EmotionHead;
import org.emodisparity.transcript.analysis.SentenceEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported head computes what the trainer trained: the ONNX graph (embedding part plus bag-of-word-pieces term)
 * against {@link TrainGoEmotionsHead.Ensemble#predict} on the same inputs, with weights chosen so that int8 storage
 * loses nothing. Synthetic weights and ids: this checks the export, not accuracy.
 */
class WordPieceHeadExportTest {
    static final int IN = 6;
    static final int VOCABULARY = 40;
    static final Set<Long> SPECIAL = Set.of(0L, 1L, 2L);
    static final List<String> LABELS = List.of("joy", "sadness", "anger");
    static final List<String> GROUPS = List.of("joy", "neutral");

    @TempDir
    Path dir;

    @Test
    void theOnnxHeadMatchesTheTrainerOnEmbeddingsAndWordPieces() throws Exception {
        TrainGoEmotionsHead.Mlp member = member(0, VOCABULARY, 11);
        TrainGoEmotionsHead.Mlp other = member(0, VOCABULARY, 12);
        Path onnx = export(List.of(member, other));
        List<long[]> ids = List.of(
                new long[] {1, 5, 9, 2},
                new long[] {1, 5, 5, 9, 30, 2},   // a repeated word piece counts once
                new long[] {1, 39, 2},
                new long[] {1, 2});               // no word at all: the embedding part alone
        float[][] x = embeddings(ids.size(), 3);
        float[][] expected = new TrainGoEmotionsHead.Ensemble(List.of(member, other), List.of(1, 1)).predict(
                new TrainGoEmotionsHead.Features(x, TrainGoEmotionsHead.wordPieceBags(ids, SPECIAL)));
        try (EmotionHead head = new EmotionHead(onnx, OrtSessionSettings.defaults())) {
            assertTrue(head.readsTokenIds());
            assertEquals("test-encoder", head.encoderId(), "the head names its encoder");
            float[][] actual = head.scores(x, ids);
            for (int i = 0; i < ids.size(); i++) {
                for (int j = 0; j < LABELS.size(); j++) {
                    assertEquals(expected[i][j], actual[i][j], 1e-5, "text " + i + ", " + LABELS.get(j));
                }
            }
            // The first two texts differ only by a repeat of 5 and the word piece 30.
            float[][] withoutThirty = head.scores(new float[][] {x[1]}, List.of(new long[] {1, 5, 9, 2}));
            float[][] repeatsOnly = head.scores(new float[][] {x[1]}, List.of(new long[] {1, 9, 5, 9, 5, 2}));
            assertEquals(withoutThirty[0][0], repeatsOnly[0][0], 1e-6, "presence, not counts");
            assertNotEquals(withoutThirty[0][0], actual[1][0], 1e-4, "word piece 30 has weight");
        }
    }

    @Test
    void scoresOfATextDoNotDependOnTheOtherTextsOfTheRun() throws Exception {
        Path onnx = export(List.of(member(0, VOCABULARY, 5)));
        List<long[]> ids = List.of(new long[] {1, 7, 2}, new long[] {1, 3, 4, 8, 12, 13, 14, 15, 16, 2});
        float[][] x = embeddings(2, 9);
        try (EmotionHead head = new EmotionHead(onnx, OrtSessionSettings.defaults())) {
            float[][] together = head.scores(x, ids); // the short row is padded to the long one's length
            float[][] alone = head.scores(new float[][] {x[0]}, List.of(ids.get(0)));
            assertEquals(Arrays.toString(alone[0]), Arrays.toString(together[0]));
        }
    }

    @Test
    void specialTokensAndUnseenWordPiecesAddNothing() throws Exception {
        Path onnx = export(List.of(member(0, VOCABULARY, 7)));
        float[][] x = embeddings(1, 4);
        try (EmotionHead head = new EmotionHead(onnx, OrtSessionSettings.defaults())) {
            float[] bare = head.scores(x, List.of(new long[] {5}))[0];
            float[] framed = head.scores(x, List.of(new long[] {1, 5, 2, 0}))[0];
            assertEquals(Arrays.toString(bare), Arrays.toString(framed));
        }
    }

    @Test
    void withoutAVocabularyTheHeadReadsNoTokenIds() throws Exception {
        TrainGoEmotionsHead.Mlp plain = member(4, 0, 3);
        Path onnx = export(List.of(plain));
        float[][] x = embeddings(3, 2);
        float[][] expected = new TrainGoEmotionsHead.Ensemble(List.of(plain), List.of(1)).predict(
                new TrainGoEmotionsHead.Features(x, new int[3][0]));
        try (EmotionHead head = new EmotionHead(onnx, OrtSessionSettings.defaults())) {
            assertFalse(head.readsTokenIds());
            float[][] actual = head.scores(x, List.of());
            for (int i = 0; i < x.length; i++) {
                // int8 hidden weights: close, not equal
                for (int j = 0; j < LABELS.size(); j++) {
                    assertEquals(expected[i][j], actual[i][j], 0.02);
                }
            }
        }
    }

    @Test
    void groupOutputsComeOutAsTheirOwnTensorAfterTheLabels() throws Exception {
        TrainGoEmotionsHead.Mlp member = member(4, VOCABULARY, 21, LABELS.size() + GROUPS.size());
        Path onnx = export(List.of(member), GROUPS);
        List<long[]> ids = List.of(new long[] {1, 5, 9, 2}, new long[] {1, 30, 2});
        float[][] x = embeddings(ids.size(), 8);
        float[][] expected = new TrainGoEmotionsHead.Ensemble(List.of(member), List.of(1)).predict(
                new TrainGoEmotionsHead.Features(x, TrainGoEmotionsHead.wordPieceBags(ids, SPECIAL)));
        try (EmotionHead head = new EmotionHead(onnx, OrtSessionSettings.defaults())) {
            assertEquals(GROUPS, head.groupLabels(), "the head names its groups");
            EmotionHead.Scores s = head.scoresAndGroups(x, ids);
            assertEquals(GROUPS, s.groupLabels());
            for (int i = 0; i < ids.size(); i++) {
                assertEquals(LABELS.size(), s.labels()[i].length);
                assertEquals(GROUPS.size(), s.groups()[i].length);
                for (int j = 0; j < LABELS.size(); j++) {
                    assertEquals(expected[i][j], s.labels()[i][j], 0.02, "text " + i + ", " + LABELS.get(j));
                }
                for (int g = 0; g < GROUPS.size(); g++) {
                    assertEquals(expected[i][LABELS.size() + g], s.groups()[i][g], 0.02, "text " + i + ", group "
                            + GROUPS.get(g));
                }
            }
            assertEquals(Arrays.deepToString(s.labels()), Arrays.deepToString(head.scores(x, ids)));
            // The trainer reads the group columns of its own predictions the same way.
            float[][] trainerGroups = TrainGoEmotionsHead.groupScores(expected, LABELS, GROUPS);
            assertEquals(expected[1][LABELS.size() + 1], trainerGroups[1][1]);
        }
        try (EmotionHead plain = new EmotionHead(export(List.of(member(0, VOCABULARY, 3))),
                OrtSessionSettings.defaults())) {
            assertEquals(List.of(), plain.groupLabels(), "a head without group outputs");
            assertEquals(null, plain.scoresAndGroups(embeddings(1, 1), List.of(new long[] {1, 5, 2})).groups());
        }
    }

    /**
     * A member with random weights. Its word-piece rows hold 1.27 and even multiples of 1/100, so the members'
     * average is a multiple of 1/100 with 1.27 the largest in every row, which int8 with one scale per row (max / 127)
     * stores exactly. Rows of special tokens stay zero, as in training.
     */
    private static TrainGoEmotionsHead.Mlp member(int hidden, int vocabulary, long seed) {
        return member(hidden, vocabulary, seed, LABELS.size());
    }

    private static TrainGoEmotionsHead.Mlp member(int hidden, int vocabulary, long seed, int outputs) {
        SplittableRandom random = new SplittableRandom(seed);
        TrainGoEmotionsHead.Mlp m = new TrainGoEmotionsHead.Mlp(IN, hidden, outputs, vocabulary, random);
        for (float[] b : m.b) {
            for (int j = 0; j < b.length; j++) {
                b[j] = (float) (random.nextDouble() - 0.5);
            }
        }
        for (int id = 0; id < vocabulary; id++) {
            if (SPECIAL.contains((long) id)) {
                continue;
            }
            for (int j = 0; j < outputs; j++) {
                m.wordPieces[id * outputs + j] = (j == 0 ? 127 : 2 * random.nextInt(-63, 64)) / 100f;
            }
        }
        return m;
    }

    private Path export(List<TrainGoEmotionsHead.Mlp> members) throws Exception {
        return export(members, List.of());
    }

    private Path export(List<TrainGoEmotionsHead.Mlp> members, List<String> groups) throws Exception {
        Path file = dir.resolve("head-" + System.nanoTime() + ".onnx");
        float[] mean = new float[IN];
        float[] std = new float[IN];
        Arrays.fill(std, 1f);
        TrainGoEmotionsHead.writeOnnx(new TrainGoEmotionsHead.Ensemble(members, members.stream().map(m -> 1).toList()),
                new TrainGoEmotionsHead.Standardiser(mean, std), LABELS, groups, TrainGoEmotionsHead.Settings.defaults(),
                SentenceEncoder.Pooling.MEAN, "test-encoder", file);
        return file;
    }

    private static float[][] embeddings(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[rows][IN];
        for (float[] row : x) {
            for (int j = 0; j < IN; j++) {
                row[j] = (float) (random.nextDouble() * 2 - 1);
            }
        }
        return x;
    }
}
