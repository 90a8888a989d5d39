package org.emodisparity.speech.analysis;

/**
 * Parameters of the YIN pitch tracker.
 *
 * @param minF0Hz lowest F0 searched (default 60 Hz: below adult male speaking F0 except creak)
 * @param maxF0Hz highest F0 searched (default 500 Hz: above adult and most child speaking F0)
 * @param integrationWindowSeconds YIN's integration window W (default 25 ms, as in de Cheveigné &amp; Kawahara)
 * @param absoluteThreshold the first dip of the normalised difference below this is taken as the period
 *        (YIN step 4; default 0.1 as in the paper)
 * @param dipMargin the threshold is raised to at least the global minimum + this (default 0.03), so that in noise
 *        the period's dip is taken even when only a multiple of the period dips under the absolute threshold
 * @param voicingThreshold a frame is voiced only if the normalised difference at the chosen period is below this
 *        (default 0.45; d' ≈ 1 − r, r the normalised autocorrelation at the period, so this asks r ≳ 0.55, a little
 *        stricter than Praat's voicing threshold of 0.45 on r. Lower values lose the creaky, low-F0 phrase ends and
 *        bias the median F0 upwards)
 * @param silenceDbfs frames quieter than this RMS level are unvoiced without analysis (default −70 dBFS)
 * @param maxJumpRatio a frame whose F0 differs by more than this ratio from the median of the voiced frames within
 *        ±30 ms is an octave/fifth error and is unvoiced (default 1.35, about 5 semitones)
 * @param minVoicedFrames voiced runs shorter than this many 10 ms frames are discarded as spurious (default 3)
 */
public record PitchTrackerSettings(double minF0Hz, double maxF0Hz, double integrationWindowSeconds,
        double absoluteThreshold, double dipMargin, double voicingThreshold, double silenceDbfs, double maxJumpRatio,
        int minVoicedFrames) {
    public PitchTrackerSettings {
        if (!(minF0Hz > 0 && maxF0Hz > minF0Hz && maxF0Hz < Pcm16k.SAMPLE_RATE / 4.0)
                || !(integrationWindowSeconds > 0) || !(absoluteThreshold > 0) || !(dipMargin >= 0)
                || !(voicingThreshold >= absoluteThreshold) || !(maxJumpRatio > 1) || minVoicedFrames < 1) {
            throw new IllegalArgumentException("invalid pitch tracker parameters");
        }
    }

    public static PitchTrackerSettings defaults() {
        return new PitchTrackerSettings(60, 500, 0.025, 0.10, 0.03, 0.45, -70, 1.35, 3);
    }
}
