package org.emodisparity.speech.analysis;

/**
 * How per-frame speech probabilities become speech regions; the parameters and defaults of Silero's
 * {@code get_speech_timestamps}.
 *
 * @param threshold speech starts when a frame's probability is at least this (default 0.5)
 * @param negThreshold speech may end only when the probability falls below this; the gap to {@code threshold} is
 *        the hysteresis (default threshold − 0.15 = 0.35)
 * @param minSpeechMs shorter detections are dropped (default 250 ms)
 * @param minSilenceMs speech ends only after this long below {@code negThreshold} (default 100 ms)
 * @param speechPadMs each region is widened by this on both sides, splitting shorter gaps evenly (default 30 ms)
 */
public record VadSegmentationSettings(double threshold, double negThreshold, int minSpeechMs, int minSilenceMs,
        int speechPadMs) {
    public VadSegmentationSettings {
        if (!(threshold > 0 && threshold < 1) || !(negThreshold > 0 && negThreshold <= threshold)
                || minSpeechMs < 0 || minSilenceMs < 0 || speechPadMs < 0) {
            throw new IllegalArgumentException("invalid VAD segmentation parameters");
        }
    }

    public static VadSegmentationSettings defaults() {
        return withThreshold(0.5);
    }

    /** Silero's defaults with another threshold; the negative threshold follows as threshold − 0.15 (≥ 0.01). */
    public static VadSegmentationSettings withThreshold(double threshold) {
        return new VadSegmentationSettings(threshold, Math.max(threshold - 0.15, 0.01), 250, 100, 30);
    }
}
