package org.emodisparity.speech.analysis;

/**
 * Parameters of the vocal cue measurements.
 *
 * @param pitch the YIN pitch tracker
 * @param minSpeechSeconds intervals with less speech are {@link SpeechPresence#TOO_LITTLE_SPEECH} (default 0.25 s,
 *        the VAD's minimum speech duration)
 * @param minPauseSeconds shortest silence between speech regions counted as a pause (default 0.2 s; shorter gaps,
 *        e.g. stop closures, count as speech time)
 * @param minVoicedFrames fewest voiced 10 ms frames for F0 statistics and HNR (default 10 = 0.1 s)
 * @param minCyclePairs fewest consecutive glottal-cycle pairs for jitter and shimmer (default 20)
 * @param nucleusSilenceDb syllable peaks must be within this of the 99th intensity percentile (default 25 dB)
 * @param nucleusMinDipDb intensity dip required after a syllable peak (default 2 dB)
 */
public record VocalCueSettings(PitchTrackerSettings pitch, double minSpeechSeconds, double minPauseSeconds,
        int minVoicedFrames, int minCyclePairs, double nucleusSilenceDb, double nucleusMinDipDb) {
    public VocalCueSettings {
        if (pitch == null || minSpeechSeconds < 0 || minPauseSeconds < 0 || minVoicedFrames < 1 || minCyclePairs < 1
                || nucleusSilenceDb <= 0 || nucleusMinDipDb < 0) {
            throw new IllegalArgumentException("invalid vocal cue parameters");
        }
    }

    public static VocalCueSettings defaults() {
        return new VocalCueSettings(PitchTrackerSettings.defaults(), 0.25, 0.2, 10, 20, SyllableNuclei.DEFAULT_SILENCE_DB,
                SyllableNuclei.DEFAULT_MIN_DIP_DB);
    }
}
