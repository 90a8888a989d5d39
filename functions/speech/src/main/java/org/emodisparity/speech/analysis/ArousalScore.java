package org.emodisparity.speech.analysis;

import java.util.Map;

/**
 * Vocal arousal of one interval relative to the same speaker's session baseline: how activated the voice
 * sounds — higher and more varied pitch, louder and faster than usual — not which emotion it expresses.
 *
 * @param status whether a value exists
 * @param value tanh of the weighted mean z-score, in (−1, 1): 0 = the speaker's usual level, ±0.76 = one baseline
 *        standard deviation above/below on all cues; null unless {@code status} is {@link Status#SCORED}
 * @param weightedZ the weighted mean z-score before squashing; null unless scored
 * @param zScores z-score of each cue that could be measured (positive = more aroused than usual)
 * @param confidence in [0, 1]: share of the model's weight that could be used × min(1, speech seconds / 1 s)
 * @param modelId the {@link ArousalModel} that scored (or declined to score)
 */
public record ArousalScore(Status status, Double value, Double weightedZ, Map<ArousalFeature, Double> zScores,
        double confidence, String modelId) {
    public enum Status {
        SCORED,
        /** The interval has no (or too little) speech. */
        NO_SPEECH,
        /** Speech, but none of its cues could be compared with the baseline. */
        INSUFFICIENT_CUES
    }

    public ArousalScore {
        zScores = Map.copyOf(zScores);
    }

    public static ArousalScore unscored(Status status, String modelId) {
        if (status == Status.SCORED) {
            throw new IllegalArgumentException("an unscored result needs a reason");
        }
        return new ArousalScore(status, null, null, Map.of(), 0, modelId);
    }

    /**
     * The evidence: the cues that moved at least {@code minAbsZ} baseline standard deviations, largest first, e.g.
     * "F0 level +1.8 SD, Hammarberg index -1.2 SD"; empty when none did or nothing was scored.
     */
    public String cuesMoved(double minAbsZ) {
        return zScores.entrySet().stream()
                .filter(e -> Math.abs(e.getValue()) >= minAbsZ)
                .sorted((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())))
                .map(e -> String.format(java.util.Locale.ROOT, "%s %+.1f SD", e.getKey().label(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public boolean scored() {
        return status == Status.SCORED;
    }
}
