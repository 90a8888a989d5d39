package org.emodisparity.speech.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.emodisparity.speech.analysis.ArousalFeature;
import org.emodisparity.speech.analysis.ArousalModel;
import org.emodisparity.speech.analysis.ArousalScore;
import org.emodisparity.speech.analysis.SpeakerBaseline;
import org.emodisparity.speech.analysis.VocalArousalEstimator;
import org.emodisparity.speech.training.EmoDbSessions.Arousal;
import org.emodisparity.speech.training.EmoDbSessions.Speaker;
import org.emodisparity.speech.training.EmoDbSessions.Unit;

/**
 * Fitting and leave-one-speaker-out evaluation of the vocal arousal weights.
 *
 * <p>Features are exactly the z-scores the product computes ({@link VocalArousalEstimator#zScores}): each utterance
 * against the baseline over all utterances of its speaker (disgust included in the baseline, left out of fitting and
 * AUC), with the scale floors of {@link ArousalModel#priorFloors()}; a cue that could not be measured is 0 (the
 * baseline). Model: L2-regularised logistic regression (penalty {@value #L2} on the weights, not the intercept, over
 * the sum of the log-likelihood), fitted by Newton's method (IRLS, Cholesky solves from Apache Commons Math — no small
 * Apache-licensed logistic-regression library was at hand). Loudness is not fitted: EmoDB's utterances are
 * peak-normalised one by one, so its loudness says little about the speaker's effort; in a session it does, so the
 * shipped model keeps loudness with a prior weight equal to the fitted F0-level weight (the literature ranks mean F0
 * and intensity as equally consistent arousal cues, Juslin &amp; Laukka 2003). The intercept is dropped: the score is
 * relative to the speaker's baseline.
 */
public final class ArousalTraining {
    static final double L2 = 1.0;
    static final int NEWTON_STEPS = 50;
    /** The fitted cues: all but loudness. */
    static final List<ArousalFeature> FITTED = java.util.Arrays.stream(ArousalFeature.values())
            .filter(f -> f != ArousalFeature.LOUDNESS).toList();

    private ArousalTraining() {
    }

    /** Fits the weights on the utterances of the given speakers. */
    public static ArousalModel train(List<Speaker> speakers) {
        VocalArousalEstimator z = new VocalArousalEstimator(floorsOnly());
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Speaker s : speakers) {
            SpeakerBaseline baseline = z.baseline(s.utterances().stream().map(Unit::cues).toList());
            for (Unit u : s.utterances()) {
                if (u.label() != Arousal.NEITHER && u.cues().hasSpeech()) {
                    Map<ArousalFeature, Double> zs = z.zScores(u.cues(), baseline);
                    double[] row = new double[FITTED.size()];
                    for (int k = 0; k < row.length; k++) {
                        row[k] = zs.getOrDefault(FITTED.get(k), 0.0);
                    }
                    rows.add(row);
                    labels.add(u.label() == Arousal.HIGH ? 1 : 0);
                }
            }
        }
        double[] beta = logisticRegression(rows, labels, L2);
        Map<ArousalFeature, Double> weights = new EnumMap<>(ArousalFeature.class);
        for (int k = 0; k < FITTED.size(); k++) {
            weights.put(FITTED.get(k), round(beta[k + 1]));
        }
        weights.put(ArousalFeature.LOUDNESS, weights.get(ArousalFeature.F0_LEVEL));
        return new ArousalModel(ArousalModel.TRAINED_ID, weights, ArousalModel.priorFloors());
    }

    /** The same model without loudness (what EmoDB can actually validate). */
    static ArousalModel withoutLoudness(ArousalModel m) {
        Map<ArousalFeature, Double> w = new EnumMap<>(m.weights());
        w.put(ArousalFeature.LOUDNESS, 0.0);
        return new ArousalModel(m.id(), w, m.scaleFloors());
    }

    /** Leave-one-speaker-out AUCs of utterances and windows. */
    public record Evaluation(Map<String, Double> utteranceAuc, Map<String, Double> windowAuc, double pooledUtterance,
            double pooledWindow, int utterances, int windows) {
    }

    /** Trains on all speakers but one, scores that one's utterances and windows against its own baselines. */
    public static Evaluation leaveOneSpeakerOut(List<Speaker> speakers, boolean loudness) {
        Map<String, Double> utt = new java.util.TreeMap<>();
        Map<String, Double> win = new java.util.TreeMap<>();
        List<double[]> allUtt = new ArrayList<>();
        List<double[]> allWin = new ArrayList<>();
        for (Speaker held : speakers) {
            ArousalModel m = train(speakers.stream().filter(s -> s != held).toList());
            VocalArousalEstimator estimator = new VocalArousalEstimator(loudness ? m : withoutLoudness(m));
            List<double[]> u = scored(estimator, held.utterances());
            List<double[]> w = scored(estimator, held.windows());
            utt.put(held.id(), auc(u));
            win.put(held.id(), auc(w));
            allUtt.addAll(u);
            allWin.addAll(w);
        }
        return new Evaluation(utt, win, auc(allUtt), auc(allWin), allUtt.size(), allWin.size());
    }

    /** {score, label} of the labelled units, each scored against the baseline over all the units given. */
    static List<double[]> scored(VocalArousalEstimator estimator, List<Unit> units) {
        SpeakerBaseline baseline = estimator.baseline(units.stream().map(Unit::cues).toList());
        List<double[]> out = new ArrayList<>();
        for (Unit u : units) {
            if (u.label() == Arousal.NEITHER || !u.cues().hasSpeech()) {
                continue;
            }
            ArousalScore s = estimator.score(u.cues(), baseline);
            if (s.scored()) {
                out.add(new double[] {s.weightedZ(), u.label() == Arousal.HIGH ? 1 : 0});
            }
        }
        return out;
    }

    /** Area under the ROC curve (Mann–Whitney U / n₁n₀, ties count one half). */
    static double auc(List<double[]> scoreLabel) {
        return org.emodisparity.fixtures.RankMetrics.auc(scoreLabel);
    }

    /** Newton–Raphson (IRLS) for L2-penalised logistic regression; returns {intercept, w_1..w_d}. */
    static double[] logisticRegression(List<double[]> rows, List<Integer> labels, double l2) {
        int n = rows.size();
        int d = rows.get(0).length + 1;
        double[] beta = new double[d];
        for (int step = 0; step < NEWTON_STEPS; step++) {
            RealMatrix hessian = new Array2DRowRealMatrix(d, d);
            RealVector gradient = new ArrayRealVector(d);
            for (int i = 0; i < n; i++) {
                double[] x = withIntercept(rows.get(i));
                double eta = 0;
                for (int k = 0; k < d; k++) {
                    eta += beta[k] * x[k];
                }
                double p = 1 / (1 + Math.exp(-eta));
                double r = labels.get(i) - p;
                double v = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    gradient.addToEntry(a, r * x[a]);
                    for (int b = a; b < d; b++) {
                        hessian.addToEntry(a, b, v * x[a] * x[b]);
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian.setEntry(a, b, hessian.getEntry(b, a)); // exactly symmetric for Cholesky
                }
            }
            for (int k = 1; k < d; k++) {
                gradient.addToEntry(k, -l2 * beta[k]);
                hessian.addToEntry(k, k, l2);
            }
            hessian.addToEntry(0, 0, 1e-9);
            RealVector delta = new CholeskyDecomposition(hessian).getSolver().solve(gradient);
            for (int k = 0; k < d; k++) {
                beta[k] += delta.getEntry(k);
            }
            if (delta.getNorm() < 1e-10) {
                break;
            }
        }
        return beta;
    }

    private static double[] withIntercept(double[] row) {
        double[] x = new double[row.length + 1];
        x[0] = 1;
        System.arraycopy(row, 0, x, 1, row.length);
        return x;
    }

    /** A model that only supplies the floors, for computing z-scores. */
    static ArousalModel floorsOnly() {
        return new ArousalModel("floors", Map.of(ArousalFeature.F0_LEVEL, 1.0), ArousalModel.priorFloors());
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
