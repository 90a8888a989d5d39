package org.emodisparity.transcript.training;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.transcript.analysis.CanonicalScores;

/**
 * Calibration of the canonical distribution a head's 28 scores become (normalised group maxima, see
 * {@link CanonicalScores}): the temperature {@code T} of {@code p_g ∝ m_g^(1/T)} with the least negative
 * log-likelihood of the gold label, on a grid 0.50, 0.55, ..., 6.00 (deterministic), fitted on dev lines that have
 * exactly one gold label; and the expected calibration error (ECE: 15 equal-width bins of the top probability,
 * |accuracy − mean confidence| weighted by the bin's share) and top-label accuracy, weighted F1 and macro-F1 on such
 * lines.
 */
final class Calibration {
    private static final int BINS = 15;

    private Calibration() {
    }

    record Report(double eceBefore, double eceAfter, double accuracy, double weightedF1, double macroF1, int lines) {
    }

    /** The gold canonical label of each line with exactly one label, null for the others. */
    static Emotion[] singleGold(List<XedData.Example> examples) {
        Emotion[] gold = new Emotion[examples.size()];
        for (int i = 0; i < gold.length; i++) {
            int[] l = examples.get(i).labels();
            gold[i] = l.length == 1 ? LabelMapping.GOEMOTIONS_EKMAN.canonical(XedData.LABELS.get(l[0])) : null;
        }
        return gold;
    }

    static Emotion[] singleGold(GoEmotionsSplit ekman) {
        Emotion[] gold = new Emotion[ekman.size()];
        for (int i = 0; i < gold.length; i++) {
            int[] l = ekman.examples().get(i).labels();
            gold[i] = l.length == 1 ? LabelMapping.GOEMOTIONS_EKMAN.canonical(ekman.labels().get(l[0])) : null;
        }
        return gold;
    }

    static double fitTemperature(float[][] scores, List<String> labels, List<XedData.Example> examples) {
        return fit(scores, labels, singleGold(examples));
    }

    static double fitTemperatureGoEmotions(float[][] scores, List<String> labels, GoEmotionsSplit ekman) {
        return fit(scores, labels, singleGold(ekman));
    }

    static double fit(float[][] scores, List<String> labels, Emotion[] gold) {
        double best = 1;
        double bestNll = Double.POSITIVE_INFINITY;
        for (int s = 50; s <= 600; s += 5) {
            double t = s / 100.0;
            double nll = 0;
            for (int i = 0; i < scores.length; i++) {
                if (gold[i] != null) {
                    nll -= Math.log(Math.max(distribution(scores[i], labels, t).probability(gold[i]), 1e-12));
                }
            }
            if (nll < bestNll - 1e-9) {
                bestNll = nll;
                best = t;
            }
        }
        return best;
    }

    static EmotionDistribution distribution(float[] scores, List<String> labels, double t) {
        return CanonicalScores.distribution(labels, scores, LabelMapping.GOEMOTIONS, t);
    }

    static double ece(float[][] scores, List<String> labels, Emotion[] gold, double t) {
        double[] conf = new double[BINS];
        double[] correct = new double[BINS];
        int[] count = new int[BINS];
        int total = 0;
        for (int i = 0; i < scores.length; i++) {
            if (gold[i] == null) {
                continue;
            }
            EmotionDistribution d = distribution(scores[i], labels, t);
            double p = d.probability(d.top());
            int bin = Math.min(BINS - 1, (int) (p * BINS));
            conf[bin] += p;
            correct[bin] += d.top() == gold[i] ? 1 : 0;
            count[bin]++;
            total++;
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                ece += (double) count[b] / total * Math.abs(correct[b] / count[b] - conf[b] / count[b]);
            }
        }
        return ece;
    }

    static Report report(float[][] scores, List<String> labels, List<XedData.Example> examples, double t) {
        return report(scores, labels, singleGold(examples), t);
    }

    static Report report(float[][] scores, List<String> labels, Emotion[] gold, double t) {
        Map<Emotion, int[]> counts = new EnumMap<>(Emotion.class); // tp, fp, fn
        int lines = 0;
        int right = 0;
        for (int i = 0; i < scores.length; i++) {
            if (gold[i] == null) {
                continue;
            }
            Emotion top = distribution(scores[i], labels, 1).top();
            lines++;
            if (top == gold[i]) {
                right++;
                counts.computeIfAbsent(top, e -> new int[3])[0]++;
            } else {
                counts.computeIfAbsent(top, e -> new int[3])[1]++;
                counts.computeIfAbsent(gold[i], e -> new int[3])[2]++;
            }
        }
        double weighted = 0;
        double macro = 0;
        int classes = 0;
        for (Map.Entry<Emotion, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            int support = c[0] + c[2];
            double f1 = c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
            if (support > 0) {
                weighted += f1 * support / lines;
                macro += f1;
                classes++;
            }
        }
        return new Report(ece(scores, labels, gold, 1), ece(scores, labels, gold, t), (double) right / lines,
                weighted, macro / Math.max(classes, 1), lines);
    }
}
