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
 * Cross-modal disparity on the shared time units.
 *
 * <p>Per window and per pair of modalities that both have an estimate:
 * <ul>
 *   <li>both have label distributions (face, text, speech-emotion models):
 *       {@code d = 0.5·|Δvalence|/span + 0.5·JSD(P1, P2)}, where span = 1.5 is the valence range of the canonical
 *       labels and JSD is the base-2 Jensen–Shannon divergence (0 identical, 1 disjoint);</li>
 *   <li>one side has only an arousal score (the voice's prosodic arousal, which is relative to the speaker's own
 *       baseline): {@code d = min(1, |z1 − z2| / 4)} on the two arousal series, each z-scored over the session,
 *       so a speaker-relative score is compared with a session-relative one;</li>
 *   <li>the pair score is {@code d} weighted by the geometric mean of the two confidences (1 when absent).</li>
 * </ul>
 * The window's incongruence is the largest pair score: one strong disagreement is what a clinician wants to see.
 * Episodes are runs of windows at or above the threshold, merged across gaps up to {@code maxGapSeconds}, kept
 * when at least {@code minDurationSeconds} long.
 */
public final class DisparityAnalysis {
    public static final String METHOD = "pair score = confidence-weighted (0.5·|Δvalence|/1.5 + 0.5·JSD) for label "
            + "distributions, |Δz(arousal)|/4 when one side is prosodic arousal; incongruence = max over pairs";
    static final double VALENCE_SPAN = 1.5;

    /**
     * @param threshold a window at or above this incongruence is part of an episode
     * @param maxGapSeconds windows of one episode may be this far apart
     * @param minDurationSeconds an episode lasts at least this long
     * @param valenceWeight the share of the valence difference in a pair score of label distributions (the rest is
     *        the Jensen–Shannon divergence of the labels)
     * @param baselineShare how much of each modality's session-mean valence is taken off before valences are
     *        compared (0: absolute valence; 1: valence relative to the client's own session), so that a model's
     *        habitual bias (a face model reading neutral faces as sad) is not disagreement
     */
    public record Settings(double threshold, double maxGapSeconds, double minDurationSeconds, double valenceWeight,
                           double baselineShare) {
        public static final Settings DEFAULT = new Settings(0.3, 1.25, 2.5, 0.5, 0.0);

        public Settings(double threshold, double maxGapSeconds, double minDurationSeconds) {
            this(threshold, maxGapSeconds, minDurationSeconds, DEFAULT.valenceWeight(), DEFAULT.baselineShare());
        }
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
        return new Disparity(METHOD, settings.threshold(), scores, episodes, dominant(byStage),
                compared == 0 ? null : congruent / (double) compared);
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
            double w = settings.valenceWeight();
            d = w * Math.abs((p.valence() - offsetA) - (q.valence() - offsetB)) / VALENCE_SPAN
                    + (1 - w) * jensenShannon(p, q);
        } else {
            d = Math.min(1, Math.abs(zA - zB) / 4);
        }
        double ca = a.confidence() == null ? 1 : a.confidence();
        double cb = b.confidence() == null ? 1 : b.confidence();
        return round(Math.min(1, d * Math.sqrt(Math.max(0, ca) * Math.max(0, cb))));
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
