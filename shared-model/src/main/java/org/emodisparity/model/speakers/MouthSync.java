package org.emodisparity.model.speakers;

import org.emodisparity.model.StageRunner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which speaker is the person on screen: the one during whose speech the on-screen face's mouth moves most
 * (audio-visual synchrony; Hoover et al. 2017). Each mouth-motion sample is given to the speaker who speaks alone
 * at its time (overlap and silence are left out); the speaker with the highest mean motion is the face's when the
 * difference to the runner-up is clear: enough samples on both sides, Welch's t and the effect size (Cohen's d)
 * above thresholds. Otherwise nobody is chosen, and the report keeps the client unknown — never a guess.
 */
public final class MouthSync {
    /** Samples (at the face stage's 5 per second) each compared speaker needs: 2 s of speech alone. */
    public static final int MIN_SAMPLES = 10;
    public static final double MIN_T = 3.0;
    public static final double MIN_EFFECT = 0.6;

    /** The speaker chosen, the evidence in words, and each speaker's mean motion and samples. */
    public record Match(String speakerId, String basis, Map<String, Double> meanMotion, Map<String, Integer> samples) {
    }

    /** What the comparison found: a match, or why there is none. */
    public record Outcome(Optional<Match> match, String why) {
    }

    private MouthSync() {
    }

    /**
     * @param times   sample times (seconds from the start of the recording)
     * @param motion  the on-screen client's mouth motion at those times
     */
    public static Outcome compare(SessionSpeakers speakers, double[] times, double[] motion) {
        Map<String, List<Double>> by = new LinkedHashMap<>();
        for (SessionSpeakers.Speaker s : speakers.speakers()) {
            by.put(s.id(), new ArrayList<>());
        }
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            SessionSpeakers.Speaker alone = null;
            int speaking = 0;
            for (SessionSpeakers.Speaker s : speakers.speakers()) {
                if (s.overlap(t - 0.1, t + 0.1) >= 0.2 - 1e-9) {
                    speaking++;
                    alone = s;
                }
            }
            if (speaking == 1 && Double.isFinite(motion[i])) {
                by.get(alone.id()).add(motion[i]);
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        by.forEach((id, v) -> {
            counts.put(id, v.size());
            if (!v.isEmpty()) {
                means.put(id, round(v.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
            }
        });
        List<String> compared = by.keySet().stream().filter(id -> by.get(id).size() >= MIN_SAMPLES)
                .sorted((a, b) -> Double.compare(means.get(b), means.get(a))).toList();
        if (compared.size() < 2) {
            return new Outcome(Optional.empty(), "the mouth movement of the face on screen could not be compared: fewer "
                    + "than two speakers speak alone for " + MIN_SAMPLES / 5 + " s while the face is seen");
        }
        List<Double> best = by.get(compared.get(0));
        List<Double> next = by.get(compared.get(1));
        double m1 = mean(best);
        double m2 = mean(next);
        double v1 = variance(best, m1);
        double v2 = variance(next, m2);
        double t = (m1 - m2) / Math.sqrt(v1 / best.size() + v2 / next.size() + 1e-12);
        double d = (m1 - m2) / Math.sqrt((v1 + v2) / 2 + 1e-12);
        String figures = String.format(Locale.ROOT, "mean mouth motion %.2f while %s speaks vs %.2f while %s speaks, "
                + "t = %.1f, d = %.2f", m1, compared.get(0), m2, compared.get(1), t, d);
        if (t < MIN_T || d < MIN_EFFECT) {
            return new Outcome(Optional.empty(), "the face on screen moves its mouth about as much whoever speaks ("
                    + figures + ")");
        }
        return new Outcome(Optional.of(new Match(compared.get(0), "the face on screen moves its mouth while this "
                + "speaker speaks (" + figures + ")", means, counts)), null);
    }

    private static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double variance(List<Double> v, double mean) {
        return v.size() < 2 ? 0 : v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (v.size() - 1);
    }

    private static double round(double v) {
        return StageRunner.round(v, 4);
    }
}
