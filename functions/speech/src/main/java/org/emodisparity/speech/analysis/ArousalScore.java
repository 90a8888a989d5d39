package org.emodisparity.speech.analysis;

import java.util.Map;

/**
 * Vocal arousal (prosody) of one interval relative to the same speaker's session baseline: how activated the voice
 * sounds — higher and more varied pitch, louder and faster than usual — not which emotion it expresses.
 *
 * @param status whether a value exists
 * @param value tanh of the weighted mean z-score, in (−1, 1): 0 = the speaker's usual level, ±0.76 = one baseline
 *        standard deviation above/below on all cues; null unless {@code status} is {@link Status#SCORED}
 * @param weightedZ the weighted mean z-score before squashing; null unless scored
 * @param zScores z-score of each cue that could be measured (positive = more aroused than usual)
 * @param confidence in [0, 1]: share of the model's weight that could be used × min(1, speech seconds / 1 s)
 */
public record ArousalScore(Status status, Double value, Double weightedZ, Map<ArousalFeature, Double> zScores,
        double confidence) {
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

    public static ArousalScore unscored(Status status) {
        if (status == Status.SCORED) {
            throw new IllegalArgumentException("an unscored result needs a reason");
        }
        return new ArousalScore(status, null, null, Map.of(), 0);
    }

    public boolean scored() {
        return status == Status.SCORED;
    }
}
