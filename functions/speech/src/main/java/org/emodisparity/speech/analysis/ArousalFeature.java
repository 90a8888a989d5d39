package org.emodisparity.speech.analysis;

/**
 * The cues of vocal arousal, each on a scale where equal steps are roughly equally perceptible: prosody (F0 level and
 * range, loudness, rate; Juslin &amp; Laukka 2003; Banse &amp; Scherer 1996), voice quality (HNR) and spectral balance
 * (the eGeMAPS parameters of Eyben et al. 2016: alpha ratio, Hammarberg index, spectral slopes), plus spectral
 * centroid and flux. Which way a cue moves with arousal is the sign of its weight in the {@link ArousalModel}:
 * a louder, tenser voice has a flatter spectrum (alpha ratio, slopes and centroid up, Hammarberg index down).
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
    SPEAKING_RATE,
    /** Harmonics-to-noise ratio, dB. */
    HNR,
    /** Alpha ratio (energy 1–5 kHz over 50–1000 Hz), dB. */
    ALPHA_RATIO,
    /** Hammarberg index (strongest 0–2 kHz over strongest 2–5 kHz), dB. */
    HAMMARBERG_INDEX,
    /** Spectral slope 0–500 Hz, dB/kHz. */
    SLOPE_0_500,
    /** Spectral slope 500–1500 Hz, dB/kHz. */
    SLOPE_500_1500,
    /** Spectral centroid, Hz. */
    SPECTRAL_CENTROID,
    /** Spectral flux between consecutive frames. */
    SPECTRAL_FLUX;

    /** A name a clinician can read ("F0 level", "Hammarberg index"). */
    public String label() {
        return switch (this) {
            case F0_LEVEL -> "F0 level";
            case F0_RANGE -> "F0 range";
            case LOUDNESS -> "loudness";
            case SPEAKING_RATE -> "speaking rate";
            case HNR -> "HNR";
            case ALPHA_RATIO -> "alpha ratio";
            case HAMMARBERG_INDEX -> "Hammarberg index";
            case SLOPE_0_500 -> "spectral slope 0-500 Hz";
            case SLOPE_500_1500 -> "spectral slope 500-1500 Hz";
            case SPECTRAL_CENTROID -> "spectral centroid";
            case SPECTRAL_FLUX -> "spectral flux";
        };
    }

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
            case HNR -> cues.hnrDb();
            case ALPHA_RATIO -> cues.alphaRatioDb();
            case HAMMARBERG_INDEX -> cues.hammarbergDb();
            case SLOPE_0_500 -> cues.slope0to500();
            case SLOPE_500_1500 -> cues.slope500to1500();
            case SPECTRAL_CENTROID -> cues.spectralCentroidHz();
            case SPECTRAL_FLUX -> cues.spectralFlux();
        };
    }
}
