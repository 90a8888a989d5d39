package org.emodisparity.transcript.training;

/**
 * F1 per label and macro-F1 (the unweighted mean over labels, as GoEmotions reports), and the per-label
 * threshold that maximises F1 on a split.
 */
public final class MultiLabelMetrics {
    /** Candidate thresholds: 0.01, 0.02, ..., 0.99. */
    private static final int STEPS = 99;

    private MultiLabelMetrics() {
    }

    /** F1 of one label (column) at a threshold; 0 when the label has neither gold nor predicted positives. */
    public static double f1(float[][] scores, boolean[][] gold, int label, float threshold) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i][label] >= threshold;
            if (predicted && gold[i][label]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold[i][label]) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public static double[] perLabelF1(float[][] scores, boolean[][] gold, float[] thresholds) {
        double[] f1 = new double[thresholds.length];
        for (int l = 0; l < thresholds.length; l++) {
            f1[l] = f1(scores, gold, l, thresholds[l]);
        }
        return f1;
    }

    public static double macroF1(float[][] scores, boolean[][] gold, float[] thresholds) {
        double sum = 0;
        for (double f : perLabelF1(scores, gold, thresholds)) {
            sum += f;
        }
        return sum / thresholds.length;
    }

    /** Per label, the candidate threshold with the best F1 (the lowest one on ties, for determinism). */
    public static float[] bestThresholds(float[][] scores, boolean[][] gold) {
        int labels = gold.length == 0 ? 0 : gold[0].length;
        float[] best = new float[labels];
        for (int l = 0; l < labels; l++) {
            double bestF1 = -1;
            for (int s = 1; s <= STEPS; s++) {
                float t = s / 100f;
                double f = f1(scores, gold, l, t);
                if (f > bestF1) {
                    bestF1 = f;
                    best[l] = t;
                }
            }
        }
        return best;
    }

    /**
     * Per label, the candidate threshold with the best <em>sum</em> of F1 on two data sets (the lowest on ties), i.e.
     * the thresholds that maximise the sum of the two macro-F1 values: each data set counts the same whatever its size.
     */
    public static float[] bestThresholds(float[][] scoresA, boolean[][] goldA, float[][] scoresB, boolean[][] goldB) {
        int labels = goldA.length == 0 ? 0 : goldA[0].length;
        float[] best = new float[labels];
        for (int l = 0; l < labels; l++) {
            double bestF1 = -1;
            for (int s = 1; s <= STEPS; s++) {
                float t = s / 100f;
                double f = f1(scoresA, goldA, l, t) + f1(scoresB, goldB, l, t);
                if (f > bestF1) {
                    bestF1 = f;
                    best[l] = t;
                }
            }
        }
        return best;
    }
}
