package org.emodisparity.fusion;

import org.emodisparity.model.StageRunner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.Stage;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;

/**
 * Cross-modal disparity on the shared time units: what the client says (the words) against what the face and the
 * voice show. Face against voice is not compared: both are shown, neither is said.
 *
 * <p>Per window and per {@link Disparity.Pair} whose two modalities both have an estimate:
 * <ul>
 *   <li>both have label distributions (face and words; a speech-emotion model's): by default their valence
 *       {@link ValenceComparison#OPPOSITION}, {@code d = pos(P)·neg(Q) + neg(P)·pos(Q)}, the chance that one is
 *       positive while the other is negative (a smile over sad words), so that a smile over neutral words, the
 *       social smile of every conversation, is not disparity; or the valence {@link ValenceComparison#DIFFERENCE}
 *       {@code w·|Δvalence|/1.5 + (1 − w)·JSD(P, Q)};</li>
 *   <li>one side has only an arousal score (the voice's prosodic arousal, relative to the speaker's own baseline):
 *       both arousal series z-scored over the session, and {@code d = (|z1 − z2| − m) / (4 − m)} clipped to [0, 1],
 *       where the margin {@code m} (default 3 SD) is the difference two independent noisy series reach by chance;</li>
 *   <li>the pair score is {@code d} weighted by the geometric mean of the two confidences (1 when absent).</li>
 * </ul>
 * The window's incongruence is the largest pair score: one strong disagreement is what a clinician wants to see.
 * Episodes are runs of windows at or above the threshold, merged across gaps up to {@code maxGapSeconds}, kept
 * when at least {@code minDurationSeconds} long. The defaults were chosen on the development split of the disparity
 * harness (README, "Disparity").
 */
public final class DisparityAnalysis {
    /**
     * What the default settings measured on the disparity harness (constructed sessions of real faces, sentences and
     * voices; README, "Disparity"), as the report states it.
     */
    public static final String VALIDATION = "On constructed sessions of real faces, sentences and voices (a smile "
            + "over sad words against a smile over joyful or neutral words and a neutral face over neutral words), "
            + "these settings separate the windows with per-window AUC 0.952 and find episodes with precision 0.875 "
            + "and recall 0.467, with 3.0 false episodes per hour of congruent material (test split; development "
            + "split, where the settings were chosen: 0.742, 0.800, 0.250, 3.8). Three people per split: "
            + "indicative, not a clinical validation.";
    static final double VALENCE_SPAN = 1.5;
    static final double MOST_POSITIVE = java.util.Arrays.stream(Emotion.values()).mapToDouble(Emotion::valence).max()
            .orElseThrow();
    static final double MOST_NEGATIVE = -java.util.Arrays.stream(Emotion.values()).mapToDouble(Emotion::valence).min()
            .orElseThrow();

    /**
     * @param threshold a window at or above this incongruence is part of an episode
     * @param maxGapSeconds windows of one episode may be this far apart
     * @param minDurationSeconds an episode lasts at least this long
     * @param valenceWeight the share of the valence difference in a pair score of label distributions (the rest is
     *        the Jensen–Shannon divergence of the labels)
     * @param baselineShare how much of each modality's session-mean valence is taken off before valences are
     *        compared (0: absolute valence; 1: valence relative to the client's own session), so that a model's
     *        habitual bias (a face model reading neutral faces as sad) is not disagreement
     * @param valence how two label distributions are compared: {@link ValenceComparison#OPPOSITION} or the
     *        valence {@link ValenceComparison#DIFFERENCE} mixed with the labels' divergence by {@code valenceWeight}
     * @param arousalMarginSd how many standard deviations of difference between two session-relative arousal
     *        series are ordinary variation, not disagreement: the pair score is {@code (|Δz| − margin) / (4 − margin)}
     *        (0: every difference counts, {@code |Δz|/4})
     */
    public record Settings(double threshold, double maxGapSeconds, double minDurationSeconds,
                           ValenceComparison valence, double valenceWeight, double baselineShare,
                           double arousalMarginSd) {
        /** Chosen on the disparity harness's development split (README, "Disparity"). */
        public static final Settings DEFAULT = new Settings(0.35, 1.25, 2.5, ValenceComparison.OPPOSITION, 0.5, 0.0,
                3.0);

        public Settings {
            if (!(arousalMarginSd >= 0 && arousalMarginSd < 4) || !(valenceWeight >= 0 && valenceWeight <= 1)
                    || !(baselineShare >= 0 && baselineShare <= 1)) {
                throw new IllegalArgumentException("need 0 <= arousalMarginSd < 4 and valenceWeight, baselineShare "
                        + "in [0, 1]: " + arousalMarginSd + ", " + valenceWeight + ", " + baselineShare);
            }
        }

        public Settings(double threshold, double maxGapSeconds, double minDurationSeconds) {
            this(threshold, maxGapSeconds, minDurationSeconds, DEFAULT.valence(), DEFAULT.valenceWeight(),
                    DEFAULT.baselineShare(), DEFAULT.arousalMarginSd());
        }
    }

    /** How the valences of two label distributions are compared. */
    public enum ValenceComparison {
        /** {@code w·|Δvalence|/1.5 + (1 − w)·JSD}: any difference counts, a smile over neutral words included. */
        DIFFERENCE,
        /**
         * {@code pos(P)·neg(Q) + neg(P)·pos(Q)}: the chance that one modality is positive while the other is negative,
         * where {@code pos} and {@code neg} are a distribution's mass on positive and on negative labels, each label
         * weighted by its circumplex valence relative to the most positive (happiness) or most negative (fear,
         * sadness) label. A smile over neutral words is not disparity; a smile over sad words is.
         */
        OPPOSITION
    }

    private final Settings settings;

    public DisparityAnalysis(Settings settings) {
        this.settings = settings;
    }

    public Disparity analyse(WindowPlan plan, List<ModalityTimeline> timelines) {
        Map<Stage, Map<Integer, WindowEstimate>> byStage = new EnumMap<>(Stage.class);
        Map<Stage, List<String>> models = new EnumMap<>(Stage.class);
        for (ModalityTimeline t : timelines) {
            if (t.availability() != ModalityTimeline.Availability.AVAILABLE) {
                continue;
            }
            Map<Integer, WindowEstimate> estimates = new LinkedHashMap<>();
            t.windows().stream().filter(DisparityAnalysis::hasEstimate).forEach(w -> estimates.put(w.window(), w));
            byStage.put(t.stage(), estimates);
            models.put(t.stage(), t.modelIds());
        }
        Map<Stage, double[]> arousalZ = arousalZScores(plan, byStage);
        Map<Stage, Double> meanValence = meanValence(byStage);

        List<Disparity.WindowScore> scores = new ArrayList<>();
        for (TimeWindow w : plan.windows()) {
            Map<Disparity.Pair, Double> pairs = new EnumMap<>(Disparity.Pair.class);
            for (Disparity.Pair pair : Disparity.Pair.values()) {
                WindowEstimate a = estimate(byStage, pair.first, w.index());
                WindowEstimate b = estimate(byStage, pair.second, w.index());
                if (a != null && b != null) {
                    pairs.put(pair, pairScore(a, b, arousalZ.get(pair.first)[w.index()], arousalZ.get(pair.second)[w.index()],
                            settings.baselineShare() * meanValence.getOrDefault(pair.first, 0.0),
                            settings.baselineShare() * meanValence.getOrDefault(pair.second, 0.0)));
                }
            }
            Double incongruence = pairs.values().stream().max(Double::compare).orElse(null);
            scores.add(new Disparity.WindowScore(w.index(), w.start(), w.end(), pairs, incongruence));
        }
        List<Disparity.Episode> episodes = episodes(plan, scores, byStage, models);
        long compared = scores.stream().filter(s -> s.incongruence() != null).count();
        long congruent = scores.stream().filter(s -> s.incongruence() != null && s.incongruence() < settings.threshold()).count();
        return new Disparity(method(), settings.threshold(), scores, episodes, dominant(byStage),
                compared == 0 ? null : congruent / (double) compared);
    }

    /** The method in one line, with this analysis's settings, as the report states it. */
    public String method() {
        String valence = settings.valence() == ValenceComparison.OPPOSITION
                ? "valence opposition pos(P)·neg(Q) + neg(P)·pos(Q)"
                : String.format(java.util.Locale.ROOT, "%.2f·|Δvalence|/1.5 + %.2f·JSD", settings.valenceWeight(),
                        1 - settings.valenceWeight());
        return String.format(java.util.Locale.ROOT, "words against face and voice; pair score = confidence-weighted "
                + "%s for label distributions, (|Δz(arousal)| − %.1f)/(4 − %.1f) when one side is prosodic arousal; "
                + "incongruence = max over pairs; episodes of windows ≥ %.2f lasting ≥ %.1f s", valence,
                settings.arousalMarginSd(), settings.arousalMarginSd(), settings.threshold(),
                settings.minDurationSeconds());
    }

    static boolean hasEstimate(WindowEstimate w) {
        return w.distribution() != null || w.arousal() != null;
    }

    private static WindowEstimate estimate(Map<Stage, Map<Integer, WindowEstimate>> byStage, Stage stage, int window) {
        Map<Integer, WindowEstimate> m = byStage.get(stage);
        return m == null ? null : m.get(window);
    }

    /** Each modality's mean valence over its windows with label distributions (its habitual level). */
    private static Map<Stage, Double> meanValence(Map<Stage, Map<Integer, WindowEstimate>> byStage) {
        Map<Stage, Double> out = new EnumMap<>(Stage.class);
        byStage.forEach((stage, estimates) -> estimates.values().stream().filter(w -> w.distribution() != null)
                .mapToDouble(w -> new EmotionDistribution(w.distribution()).valence()).average()
                .ifPresent(m -> out.put(stage, m)));
        return out;
    }

    double pairScore(WindowEstimate a, WindowEstimate b, double zA, double zB) {
        return pairScore(a, b, zA, zB, 0, 0);
    }

    /** {@code offsetA}, {@code offsetB}: the share of each modality's session-mean valence taken off its valence. */
    double pairScore(WindowEstimate a, WindowEstimate b, double zA, double zB, double offsetA, double offsetB) {
        double d;
        if (a.distribution() != null && b.distribution() != null) {
            EmotionDistribution p = new EmotionDistribution(a.distribution());
            EmotionDistribution q = new EmotionDistribution(b.distribution());
            if (settings.valence() == ValenceComparison.OPPOSITION) {
                d = positive(p) * negative(q) + negative(p) * positive(q);
            } else {
                double w = settings.valenceWeight();
                d = w * Math.abs((p.valence() - offsetA) - (q.valence() - offsetB)) / VALENCE_SPAN
                        + (1 - w) * jensenShannon(p, q);
            }
        } else {
            double margin = settings.arousalMarginSd();
            d = Math.min(1, Math.max(0, Math.abs(zA - zB) - margin) / (4 - margin));
        }
        double ca = a.confidence() == null ? 1 : a.confidence();
        double cb = b.confidence() == null ? 1 : b.confidence();
        return round(Math.min(1, d * Math.sqrt(Math.max(0, ca) * Math.max(0, cb))));
    }

    /** A distribution's mass on positive labels, each weighted by its valence over happiness's (in [0, 1]). */
    static double positive(EmotionDistribution p) {
        double sum = 0;
        for (Emotion e : Emotion.values()) {
            sum += p.probability(e) * Math.max(0, e.valence()) / MOST_POSITIVE;
        }
        return Math.min(1, sum);
    }

    /** A distribution's mass on negative labels, each weighted by its valence over the most negative's. */
    static double negative(EmotionDistribution p) {
        double sum = 0;
        for (Emotion e : Emotion.values()) {
            sum += p.probability(e) * Math.max(0, -e.valence()) / MOST_NEGATIVE;
        }
        return Math.min(1, sum);
    }

    /** Base-2 Jensen–Shannon divergence, in [0, 1]. */
    static double jensenShannon(EmotionDistribution p, EmotionDistribution q) {
        double js = 0;
        for (Emotion e : Emotion.values()) {
            double pi = p.probability(e);
            double qi = q.probability(e);
            double m = (pi + qi) / 2;
            if (pi > 0) {
                js += 0.5 * pi * Math.log(pi / m);
            }
            if (qi > 0) {
                js += 0.5 * qi * Math.log(qi / m);
            }
        }
        return Math.max(0, Math.min(1, js / Math.log(2)));
    }

    /** Each modality's arousal per window, z-scored over the session (NaN where it has no estimate). */
    private static Map<Stage, double[]> arousalZScores(WindowPlan plan, Map<Stage, Map<Integer, WindowEstimate>> byStage) {
        Map<Stage, double[]> z = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.MODALITIES) {
            double[] values = new double[plan.windows().size()];
            java.util.Arrays.fill(values, Double.NaN);
            Map<Integer, WindowEstimate> estimates = byStage.getOrDefault(stage, Map.of());
            double sum = 0;
            int n = 0;
            for (WindowEstimate w : estimates.values()) {
                Double a = w.arousal() != null ? w.arousal()
                        : w.distribution() != null ? new EmotionDistribution(w.distribution()).arousal() : null;
                if (a != null && w.window() < values.length) {
                    values[w.window()] = a;
                    sum += a;
                    n++;
                }
            }
            double mean = n == 0 ? 0 : sum / n;
            double var = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    var += (v - mean) * (v - mean);
                }
            }
            double sd = n < 2 ? 0 : Math.sqrt(var / (n - 1));
            for (int i = 0; i < values.length; i++) {
                values[i] = Double.isNaN(values[i]) ? Double.NaN : sd < 1e-9 ? 0 : (values[i] - mean) / sd;
            }
            z.put(stage, values);
        }
        return z;
    }

    private List<Disparity.Episode> episodes(WindowPlan plan, List<Disparity.WindowScore> scores,
                                             Map<Stage, Map<Integer, WindowEstimate>> byStage,
                                             Map<Stage, List<String>> models) {
        List<List<Disparity.WindowScore>> runs = new ArrayList<>();
        List<Disparity.WindowScore> current = null;
        double currentEnd = Double.NEGATIVE_INFINITY;
        for (Disparity.WindowScore s : scores) {
            if (s.incongruence() == null || s.incongruence() < settings.threshold()) {
                continue;
            }
            if (current != null && s.start() - currentEnd <= settings.maxGapSeconds()) {
                current.add(s);
            } else {
                current = new ArrayList<>();
                current.add(s);
                runs.add(current);
            }
            currentEnd = Math.max(currentEnd, s.end());
        }
        List<Disparity.Episode> episodes = new ArrayList<>();
        for (List<Disparity.WindowScore> run : runs) {
            double start = run.get(0).start();
            double end = run.stream().mapToDouble(Disparity.WindowScore::end).max().orElse(start);
            if (end - start + 1e-9 < Math.min(settings.minDurationSeconds(), plan.durationSeconds())) {
                continue;
            }
            List<Integer> windows = run.stream().map(Disparity.WindowScore::window).toList();
            double peak = run.stream().mapToDouble(Disparity.WindowScore::incongruence).max().orElse(0);
            List<Disparity.Pair> pairs = new ArrayList<>();
            for (Disparity.Pair pair : Disparity.Pair.values()) {
                double mean = run.stream().map(s -> s.pairs().get(pair)).filter(java.util.Objects::nonNull)
                        .mapToDouble(Double::doubleValue).average().orElse(0);
                if (mean >= settings.threshold()) {
                    pairs.add(pair);
                }
            }
            List<Disparity.ModalityView> views = new ArrayList<>();
            for (Stage stage : Stage.MODALITIES) {
                view(stage, windows, byStage.getOrDefault(stage, Map.of()), models.getOrDefault(stage, List.of()))
                        .ifPresent(views::add);
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            for (Stage stage : Stage.MODALITIES) {
                Map<String, Object> e = EpisodeEvidence.merge(windows.stream()
                        .map(i -> byStage.getOrDefault(stage, Map.of()).get(i))
                        .filter(w -> w != null && w.evidence() != null).map(WindowEstimate::evidence).toList());
                if (!e.isEmpty()) {
                    evidence.put(stage.id(), e);
                }
            }
            episodes.add(new Disparity.Episode("E" + (episodes.size() + 1), start, end, round(peak), pairs, views,
                    windows, evidence));
        }
        return episodes;
    }

    private static Optional<Disparity.ModalityView> view(Stage stage, List<Integer> windows,
                                                         Map<Integer, WindowEstimate> estimates, List<String> models) {
        List<WindowEstimate> in = windows.stream().map(estimates::get).filter(java.util.Objects::nonNull).toList();
        if (in.isEmpty()) {
            return Optional.empty();
        }
        Map<Emotion, Double> sum = new EnumMap<>(Emotion.class);
        in.stream().filter(w -> w.distribution() != null)
                .forEach(w -> w.distribution().forEach((e, p) -> sum.merge(e, p, Double::sum)));
        EmotionDistribution mean = sum.isEmpty() ? null : new EmotionDistribution(sum);
        Double arousal = average(in.stream().map(WindowEstimate::arousal).toList());
        Double confidence = average(in.stream().map(WindowEstimate::confidence).toList());
        return Optional.of(new Disparity.ModalityView(stage, mean == null ? null : mean.top(),
                mean == null ? null : round(mean.probability(mean.top())), mean == null ? null : round(mean.valence()),
                arousal == null ? null : round(arousal), confidence == null ? null : round(confidence), models));
    }

    private static Map<Stage, Emotion> dominant(Map<Stage, Map<Integer, WindowEstimate>> byStage) {
        Map<Stage, Emotion> dominant = new EnumMap<>(Stage.class);
        byStage.forEach((stage, estimates) -> {
            Map<Emotion, Double> sum = new EnumMap<>(Emotion.class);
            estimates.values().stream().filter(w -> w.distribution() != null)
                    .forEach(w -> w.distribution().forEach((e, p) -> sum.merge(e, p, Double::sum)));
            if (!sum.isEmpty()) {
                dominant.put(stage, new EmotionDistribution(sum).top());
            }
        });
        return dominant;
    }

    private static Double average(List<Double> values) {
        return values.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).average().stream()
                .boxed().findFirst().orElse(null);
    }

    private static double round(double v) {
        return StageRunner.round(v, 4);
    }
}
