package org.emodisparity.transcript.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emodisparity.models.FileDigest;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.ModelFile;
import org.emodisparity.models.RequiredModels;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.emodisparity.transcript.analysis.EmotionHead;
import org.emodisparity.transcript.analysis.LabelThresholds;
import org.emodisparity.transcript.analysis.SentenceEncoder;
import org.junit.jupiter.api.Test;

/**
 * Recomputes, from the head committed in the model catalog's resources, the GoEmotions <b>test</b> macro-F1 the
 * catalog records, and checks it against the targets: 28 labels at least 0.40 (the paper's BERT baseline: 0.46;
 * measured 0.455), Ekman taxonomy, from the maximum score per group against its dev threshold, at least 0.55
 * (baseline 0.64; measured 0.565). A real model on real data: the installed all-MiniLM-L6-v2 embeds the 5,427 test
 * comments (cached under target/, about a minute on two cores the first time); skipped without the encoder or the
 * shared data.
 */
class CommittedHeadEvaluationTest {
    static final double TARGET_28 = 0.40;
    static final double TARGET_EKMAN = 0.55;

    @Test
    void theCommittedHeadReachesTheRecordedTestMacroF1() throws Exception {
        Path data = ProjectPaths.goEmotionsData();
        assumeTrue(Files.isDirectory(data), "GoEmotions data not in this checkout: " + data);
        InstalledModel miniLm = RequiredModels.assumeOrFail(SentenceEncoder.MODEL_ID);
        Path headDir = ProjectPaths.committedHead();
        ModelEntry entry = ModelCatalog.load().entry(TrainGoEmotionsHead.MODEL_ID);
        for (ModelFile f : entry.files()) {
            assertEquals(f.sha256(), FileDigest.sha256(headDir.resolve(f.name())), "the catalog pins the committed "
                    + f.name());
        }

        GoEmotionsSplit test = GoEmotionsSplit.read(data, "original", "test");
        GoEmotionsSplit ekmanTest = TrainGoEmotionsHead.aligned(test, GoEmotionsSplit.read(data, "ekman", "test"));
        LabelThresholds thresholds = LabelThresholds.read(headDir.resolve("thresholds.json"));
        float[][] scores;
        try (EmotionHead head = new EmotionHead(headDir.resolve("head.onnx"), OrtSessionSettings.defaults());
             SentenceEncoder encoder = SentenceEncoder.of(miniLm, head.pooling(), OrtSessionSettings.defaults())) {
            EmbeddingCache cache = new EmbeddingCache(ProjectPaths.embeddingCache(),
                    List.of(miniLm.file("model.onnx"), miniLm.file("tokenizer.json")));
            scores = head.scores(TrainGoEmotionsHead.embed(cache, "test", test, encoder),
                    encoder.tokenIds(test.texts()));
        }

        double f1 = MultiLabelMetrics.macroF1(scores, test.goldMatrix(), thresholds.thresholds());
        List<String> groups = ekmanTest.labels();
        float[] groupThresholds = new float[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            groupThresholds[g] = thresholds.groups().get(groups.get(g));
        }
        double ekman = MultiLabelMetrics.macroF1(TrainGoEmotionsHead.ekmanScores(scores, thresholds.labels(), groups),
                ekmanTest.goldMatrix(), groupThresholds);
        System.out.printf(Locale.ROOT, "committed head, GoEmotions test: macro-F1 %.4f (28 labels), %.4f (Ekman)%n",
                f1, ekman);

        Map<String, Object> recorded = entry.accuracy();
        assertEquals(((Number) recorded.get("goemotionsTestMacroF1")).doubleValue(), f1, 0.002,
                "the catalog's figure is reproducible");
        assertEquals(((Number) recorded.get("goemotionsEkmanTestMacroF1")).doubleValue(), ekman, 0.002);
        assertTrue(f1 >= TARGET_28, "28-label macro-F1 " + f1 + " below the target " + TARGET_28);
        assertTrue(ekman >= TARGET_EKMAN, "Ekman macro-F1 " + ekman + " below the target " + TARGET_EKMAN);
    }
}
