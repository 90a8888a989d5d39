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
import org.emodisparity.transcript.analysis.EmotionHead;
import org.emodisparity.transcript.analysis.LabelThresholds;
import org.junit.jupiter.api.Test;

/**
 * The default text head committed in the model catalog's resources, measured again with the installed encoder it
 * names on real data: GoEmotions test (28 labels, Ekman groups), XED dev and test (Ekman groups, conversational
 * speech), and the calibration on XED. Checks that the catalog's figures are reproducible and that they stay above
 * floors set below the measured values (measured: GoEmotions test 0.457 over 28 labels, floor the target 0.455;
 * Ekman 0.558, floor 0.55 — below the no-regression target 0.565, which this head misses; XED test 0.484,
 * floor the XED paper's fine-tuned BERT, 0.467 with neutral as a class; XED dev 0.499, floor 0.48; XED test ECE
 * 0.045 after calibration, 0.090 before, ceiling 0.08). A real model on real data:
 * skipped without the shared data, skipped without the encoder unless {@code EMODISPARITY_REQUIRE_MODELS=true}
 * (then it fails). The first run embeds about 13,000 sentences (cached under ~/.cache/emodisparity).
 */
class DefaultTextHeadEvaluationTest {
    static final double FLOOR_GOEMOTIONS_28 = 0.455;
    static final double FLOOR_GOEMOTIONS_EKMAN = 0.55;
    static final double FLOOR_XED_TEST = 0.467;
    static final double FLOOR_XED_DEV = 0.48;
    /** Calibrated ECE on XED test at most this, and below the uncalibrated one. */
    static final double CEILING_XED_TEST_ECE = 0.08;

    @Test
    void theCommittedHeadReachesItsRecordedFiguresOnGoEmotionsAndXed() throws Exception {
        Path data = ProjectPaths.goEmotionsData();
        Path xedDir = XedData.defaultLocation();
        assumeTrue(Files.isDirectory(data), "GoEmotions data not in this checkout: " + data);
        assumeTrue(Files.isDirectory(xedDir), "XED data not in this checkout: " + xedDir);
        Path headDir = ProjectPaths.committedHead();
        ModelEntry entry = ModelCatalog.load().entry(TrainGoEmotionsHead.MODEL_ID);
        for (ModelFile f : entry.files()) {
            assertEquals(f.sha256(), FileDigest.sha256(headDir.resolve(f.name())), "the catalog pins the committed "
                    + f.name());
        }
        String encoderId = EmotionHead.encoderIdOf(headDir.resolve("head.onnx"));
        assertEquals(TrainGoEmotionsHead.DEFAULT_ENCODER_ID, encoderId, "the head names the encoder it was trained on");
        InstalledModel encoderModel = RequiredModels.assumeOrFail(encoderId);

        GoEmotionsSplit test = GoEmotionsSplit.read(data, "original", "test");
        GoEmotionsSplit ekmanTest = TrainGoEmotionsHead.aligned(test, GoEmotionsSplit.read(data, "ekman", "test"));
        XedData xed = XedData.read(xedDir);
        LabelThresholds thresholds = LabelThresholds.read(headDir.resolve("thresholds.json"));
        Map<String, EmotionHead.Scores> scored = HeadScoring.score(headDir, encoderModel, Map.of(
                "goemotions-test", test.texts(), "xed-dev", XedData.texts(xed.dev()),
                "xed-test", XedData.texts(xed.test())));
        EmotionHead.Scores goScores = scored.get("goemotions-test");
        EmotionHead.Scores xedDevScores = scored.get("xed-dev");
        EmotionHead.Scores xedTestScores = scored.get("xed-test");

        List<String> groups = ekmanTest.labels();
        float[] groupThresholds = new float[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            groupThresholds[g] = thresholds.groups().get(groups.get(g));
        }
        List<String> labels = thresholds.labels();
        double f28 = MultiLabelMetrics.macroF1(goScores.labels(), test.goldMatrix(), thresholds.thresholds());
        // Group scores as the product forms them: the head's group outputs (else the group maxima).
        float[][] xedTestGroups = TrainGoEmotionsHead.groupScores(xedTestScores, labels, groups);
        double ekman = MultiLabelMetrics.macroF1(TrainGoEmotionsHead.groupScores(goScores, labels, groups),
                ekmanTest.goldMatrix(), groupThresholds);
        double xedDev = MultiLabelMetrics.macroF1(TrainGoEmotionsHead.groupScores(xedDevScores, labels, groups),
                XedData.gold(xed.dev()), groupThresholds);
        double xedTest = MultiLabelMetrics.macroF1(xedTestGroups, XedData.gold(xed.test()), groupThresholds);
        Calibration.Report cal = xedTestScores.groups() == null
                ? Calibration.report(xedTestScores.labels(), labels, xed.test(), thresholds.temperatureOrOne())
                : Calibration.report(xedTestGroups, groups, xed.test(), thresholds.temperatureOrOne());
        System.out.printf(Locale.ROOT, "%s on %s: GoEmotions test macro-F1 %.4f (28), %.4f (Ekman); XED macro-F1"
                        + " dev %.4f, test %.4f; XED test ECE %.4f -> %.4f (T %.2f)%n", TrainGoEmotionsHead.MODEL_ID,
                encoderId, f28, ekman, xedDev, xedTest, cal.eceBefore(), cal.eceAfter(), thresholds.temperatureOrOne());

        Map<String, Object> recorded = entry.accuracy();
        assertEquals(number(recorded, "goemotionsTestMacroF1"), f28, 0.002, "the catalog's figure is reproducible");
        assertEquals(number(recorded, "goemotionsEkmanTestMacroF1"), ekman, 0.002);
        assertEquals(number(recorded, "xedDevMacroF1"), xedDev, 0.002);
        assertEquals(number(recorded, "xedTestMacroF1"), xedTest, 0.002);
        assertEquals(number(recorded, "xedTestEce"), cal.eceAfter(), 0.002);
        assertTrue(f28 >= FLOOR_GOEMOTIONS_28, "28-label macro-F1 " + f28 + " below " + FLOOR_GOEMOTIONS_28);
        assertTrue(ekman >= FLOOR_GOEMOTIONS_EKMAN, "Ekman macro-F1 " + ekman + " below " + FLOOR_GOEMOTIONS_EKMAN);
        assertTrue(xedDev >= FLOOR_XED_DEV, "XED dev macro-F1 " + xedDev + " below " + FLOOR_XED_DEV);
        assertTrue(xedTest >= FLOOR_XED_TEST, "XED test macro-F1 " + xedTest + " below " + FLOOR_XED_TEST);
        assertTrue(cal.eceAfter() <= CEILING_XED_TEST_ECE && cal.eceAfter() < cal.eceBefore(),
                "calibrated ECE " + cal.eceAfter() + " (uncalibrated " + cal.eceBefore() + ")");
    }

    private static double number(Map<String, Object> recorded, String key) {
        Object v = recorded.get(key);
        assertTrue(v instanceof Number, "the catalog records " + key);
        return ((Number) v).doubleValue();
    }
}
