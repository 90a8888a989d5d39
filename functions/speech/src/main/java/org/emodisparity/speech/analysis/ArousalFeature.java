package org.emodisparity.speech.analysis;

/**
 * The prosodic cues of vocal arousal, each on a scale where equal steps are roughly equally perceptible; all of them
 * rise with arousal (Juslin &amp; Laukka 2003; Banse &amp; Scherer 1996).
 *
 * <p>Pausing, though lower arousal goes with more pauses, is deliberately not a feature: the pause ratio depends on
 * how an interval is cut (a phrase contains no long pause by definition, a fixed time window may hold several), so
 * a time window cannot be compared with a phrase baseline on it.
 */
public enum ArousalFeature {
    /** Median F0 in semitones re 100 Hz (log scale: the same step means the same for low and high voices). */
    F0_LEVEL,
    /** F0 range (p5–p95) in semitones. */
    F0_RANGE,
    /** Loudness in dBFS. */
    LOUDNESS,
    /** Syllable nuclei per second of speech. */
    SPEAKING_RATE;

    /** The cue's value on this feature's scale, or null if the cues lack it. */
    public Double valueOf(VocalCues cues) {
        if (!cues.hasSpeech()) {
            return null;
        }
        return switch (this) {
            case F0_LEVEL -> cues.f0MedianHz() == null ? null : 12 * Math.log(cues.f0MedianHz() / 100) / Math.log(2);
            case F0_RANGE -> cues.f0RangeSemitones();
            case LOUDNESS -> cues.loudnessDbfs();
            case SPEAKING_RATE -> cues.syllableRate();
        };
    }
}
