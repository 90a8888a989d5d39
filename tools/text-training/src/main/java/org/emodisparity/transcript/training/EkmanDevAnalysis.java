package org.emodisparity.transcript.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.transcript.analysis.EmotionHead;

/**
 * Why the Ekman figure of a head is what it is, on <b>dev splits only</b> (GoEmotions {@code ekman/dev.tsv}, XED
 * dev): per-group F1 of the committed head (or {@code --head DIR}) with its own group thresholds, with each
 * corpus' own F1-optimal thresholds (ceilings) and with other ways of forming a group score from its members'
 * sigmoid scores (maximum, noisy-or). Never reads a test split.
 *
 * <pre>
 * tools/text-training/run EkmanDevAnalysis [--head DIR]
 * </pre>
 */
public final class EkmanDevAnalysis {
    public static void main(String[] args) throws Exception {
        Path headDir = args.length == 2 && args[0].equals("--head") ? Path.of(args[1]) : ProjectPaths.committedHead();
        Path data = ProjectPaths.goEmotionsData();
        GoEmotionsSplit dev = GoEmotionsSplit.read(data, "original", "dev");
        GoEmotionsSplit ekmanDev = TrainGoEmotionsHead.aligned(dev, GoEmotionsSplit.read(data, "ekman", "dev"));
        XedData xed = XedData.read(XedData.defaultLocation());
        org.emodisparity.transcript.analysis.LabelThresholds shipped =
                org.emodisparity.transcript.analysis.LabelThresholds.read(headDir.resolve("thresholds.json"));
        InstalledModel encoderModel = ModelRepository.atDefaultLocation()
                .require(EmotionHead.encoderIdOf(headDir.resolve("head.onnx")));
        Map<String, EmotionHead.Scores> scored = HeadScoring.score(headDir, encoderModel,
                Map.of("goemotions-dev", dev.texts(), "xed-dev", XedData.texts(xed.dev())));
        float[][] goScores = scored.get("goemotions-dev").labels();
        float[][] xScores = scored.get("xed-dev").labels();
        float[][] goHeadGroups = scored.get("goemotions-dev").groups();
        float[][] xHeadGroups = scored.get("xed-dev").groups();
        List<String> labels = shipped.labels();
        List<String> groups = ekmanDev.labels();
        boolean[][] goGold = ekmanDev.goldMatrix();
        boolean[][] xGold = XedData.gold(xed.dev());
        float[] shippedT = new float[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            shippedT[g] = shipped.groups().get(groups.get(g));
        }
        System.out.printf(Locale.ROOT, "GoEmotions dev 28-label macro-F1 (shipped thresholds) %.4f%n",
                MultiLabelMetrics.macroF1(goScores, dev.goldMatrix(), shipped.thresholds()));
        for (String rule : goHeadGroups == null ? List.of("max", "noisy-or") : List.of("max", "noisy-or", "head", "mean of head and max")) {
            float[][] go = headRule(rule, goHeadGroups, goScores, labels, groups);
            float[][] x = headRule(rule, xHeadGroups, xScores, labels, groups);
            float[] shared = MultiLabelMetrics.bestThresholds(go, goGold, x, xGold);
            float[] goOwn = MultiLabelMetrics.bestThresholds(go, goGold);
            float[] xOwn = MultiLabelMetrics.bestThresholds(x, xGold);
            System.out.printf(Locale.ROOT, "%n== group score: %s ==%n", rule);
            if (rule.equals(goHeadGroups == null ? "max" : "head")) {
                report("shipped thresholds", groups, go, goGold, x, xGold, shippedT);
            }
            report("shared (best sum of F1)", groups, go, goGold, x, xGold, shared);
            report("GoEmotions-dev own (ceiling)", groups, go, goGold, x, xGold, goOwn);
            report("XED-dev own (ceiling)", groups, go, goGold, x, xGold, xOwn);
            // The canonical distribution (what fusion reads): group scores normalised, temperature on XED dev.
            float[][] goCarrier = carrierOf(go, labels, groups);
            float[][] xCarrier = carrierOf(x, labels, groups);
            double t = Calibration.fitTemperature(xCarrier, labels, xed.dev());
            Calibration.Report xr = Calibration.report(xCarrier, labels, xed.dev(), t);
            Calibration.Report gr = Calibration.report(goCarrier, labels, Calibration.singleGold(ekmanDev), t);
            System.out.printf(Locale.ROOT, "distribution: T %.2f; XED dev ECE %.4f -> %.4f, top label acc %.4f,"
                            + " weighted F1 %.4f, macro-F1 %.4f (%d lines); GoEmotions dev ECE %.4f -> %.4f, top label"
                            + " acc %.4f, weighted F1 %.4f, macro-F1 %.4f (%d lines)%n", t, xr.eceBefore(), xr.eceAfter(),
                    xr.accuracy(), xr.weightedF1(), xr.macroF1(), xr.lines(), gr.eceBefore(), gr.eceAfter(),
                    gr.accuracy(), gr.weightedF1(), gr.macroF1(), gr.lines());
        }
    }

    /** The head's group outputs ("head"), their mean with the group maxima, or a rule over the label scores. */
    static float[][] headRule(String rule, float[][] head, float[][] scores, List<String> labels, List<String> groups) {
        if (rule.equals("head")) {
            return head;
        }
        if (rule.equals("mean of head and max")) {
            float[][] max = groupScores(scores, labels, groups, "max");
            float[][] out = new float[head.length][];
            for (int i = 0; i < head.length; i++) {
                out[i] = new float[head[i].length];
                for (int g = 0; g < head[i].length; g++) {
                    out[i][g] = (head[i][g] + max[i][g]) / 2;
                }
            }
            return out;
        }
        return groupScores(scores, labels, groups, rule);
    }

    static float[][] groupScores(float[][] scores, List<String> labels, List<String> groups, String rule) {
        int[][] members = TrainGoEmotionsHead.ekmanGroups(labels, groups);
        float[][] out = new float[scores.length][groups.size()];
        for (int i = 0; i < scores.length; i++) {
            for (int g = 0; g < members.length; g++) {
                double v = rule.equals("max") ? 0 : 1;
                for (int j : members[g]) {
                    v = rule.equals("max") ? Math.max(v, scores[i][j]) : v * (1 - scores[i][j]);
                }
                out[i][g] = (float) (rule.equals("max") ? v : 1 - v);
            }
        }
        return out;
    }

    /**
     * 28 scores whose group maxima are the given rule's group scores (each group's value on its first member, the
     * other members 0), so that {@link Calibration} measures the distribution that rule would give.
     */
    static float[][] carrier(float[][] scores, List<String> labels, List<String> groups, String rule) {
        return carrierOf(groupScores(scores, labels, groups, rule), labels, groups);
    }

    static float[][] carrierOf(float[][] g, List<String> labels, List<String> groups) {
        int[][] members = TrainGoEmotionsHead.ekmanGroups(labels, groups);
        float[][] out = new float[g.length][labels.size()];
        for (int i = 0; i < g.length; i++) {
            for (int k = 0; k < members.length; k++) {
                out[i][members[k][0]] = g[i][k];
            }
        }
        return out;
    }

    private static void report(String name, List<String> groups, float[][] go, boolean[][] goGold, float[][] x,
            boolean[][] xGold, float[] t) {
        double[] fGo = MultiLabelMetrics.perLabelF1(go, goGold, t);
        double[] fX = MultiLabelMetrics.perLabelF1(x, xGold, t);
        System.out.printf(Locale.ROOT, "%-30s GoEmotions Ekman %.4f, XED %.4f%n", name,
                MultiLabelMetrics.macroF1(go, goGold, t), MultiLabelMetrics.macroF1(x, xGold, t));
        for (int g = 0; g < groups.size(); g++) {
            int pos = 0;
            for (boolean[] r : goGold) {
                pos += r[g] ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "    %-9s t=%.2f  GoE F1 %.3f (n+=%4d)  XED F1 %.3f%n", groups.get(g), t[g],
                    fGo[g], pos, fX[g]);
        }
    }

    private EkmanDevAnalysis() {
    }
}
