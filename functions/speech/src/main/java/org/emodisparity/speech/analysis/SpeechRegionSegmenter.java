package org.emodisparity.speech.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns per-frame speech probabilities into speech regions: a port of Silero's {@code get_speech_timestamps}
 * (hysteresis between threshold and negative threshold, minimum silence before speech ends, minimum speech
 * duration, padding) without its maximum-duration split, since phrases are split at pauses afterwards.
 */
public final class SpeechRegionSegmenter {
    private final VadSegmentationSettings params;

    public SpeechRegionSegmenter(VadSegmentationSettings params) {
        this.params = params;
    }

    /**
     * @param probabilities speech probability of each frame; frame {@code i} starts at sample {@code i·frameSamples}
     * @param totalSamples length of the signal (the last frame may extend past it)
     */
    public List<SpeechRegion> segment(float[] probabilities, int frameSamples, int totalSamples) {
        List<int[]> speeches = detect(probabilities, frameSamples, totalSamples);
        pad(speeches, totalSamples);
        List<SpeechRegion> regions = new ArrayList<>(speeches.size());
        for (int[] s : speeches) {
            if (s[1] > s[0]) {
                regions.add(new SpeechRegion(Pcm16k.seconds(s[0]), Pcm16k.seconds(s[1])));
            }
        }
        return regions;
    }

    private List<int[]> detect(float[] probabilities, int frameSamples, int totalSamples) {
        int minSpeech = samples(params.minSpeechMs());
        int minSilence = samples(params.minSilenceMs());
        List<int[]> speeches = new ArrayList<>();
        boolean triggered = false;
        int start = 0;
        int tentativeEnd = -1; // first frame of the current below-negThreshold stretch, while speech is open
        for (int i = 0; i < probabilities.length; i++) {
            int position = i * frameSamples;
            float p = probabilities[i];
            if (p >= params.threshold()) {
                tentativeEnd = -1;
                if (!triggered) {
                    triggered = true;
                    start = position;
                }
                continue;
            }
            if (triggered && p < params.negThreshold()) {
                if (tentativeEnd < 0) {
                    tentativeEnd = position;
                }
                if (position - tentativeEnd >= minSilence) {
                    if (tentativeEnd - start > minSpeech) {
                        speeches.add(new int[] {start, tentativeEnd});
                    }
                    triggered = false;
                    tentativeEnd = -1;
                }
            }
        }
        if (triggered && totalSamples - start > minSpeech) {
            speeches.add(new int[] {start, totalSamples});
        }
        return speeches;
    }

    /** Silero's padding: widen by the pad, but split a gap shorter than two pads evenly between its neighbours. */
    private void pad(List<int[]> speeches, int totalSamples) {
        int pad = samples(params.speechPadMs());
        for (int i = 0; i < speeches.size(); i++) {
            int[] speech = speeches.get(i);
            if (i == 0) {
                speech[0] = Math.max(0, speech[0] - pad);
            }
            if (i < speeches.size() - 1) {
                int[] next = speeches.get(i + 1);
                int silence = next[0] - speech[1];
                if (silence < 2 * pad) {
                    speech[1] += silence / 2;
                    next[0] = Math.max(0, next[0] - silence / 2);
                } else {
                    speech[1] = Math.min(totalSamples, speech[1] + pad);
                    next[0] = Math.max(0, next[0] - pad);
                }
            } else {
                speech[1] = Math.min(totalSamples, speech[1] + pad);
            }
        }
    }

    private static int samples(int ms) {
        return ms * Pcm16k.SAMPLE_RATE / 1000;
    }
}
