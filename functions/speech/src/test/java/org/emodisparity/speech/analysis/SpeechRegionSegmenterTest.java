package org.emodisparity.speech.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Silero's get_speech_timestamps logic on hand-made probability sequences (32 ms frames). */
class SpeechRegionSegmenterTest {
    private static final int FRAME = SileroVad.FRAME_SAMPLES;
    private static final double FRAME_S = Pcm16k.seconds(FRAME);
    private static final double PAD_S = 0.030;
    private final SpeechRegionSegmenter segmenter = new SpeechRegionSegmenter(VadSegmentationSettings.defaults());

    @Test
    void defaultsAreSileros() {
        VadSegmentationSettings p = VadSegmentationSettings.defaults();
        assertEquals(0.5, p.threshold());
        assertEquals(0.35, p.negThreshold(), 1e-12);
        assertEquals(250, p.minSpeechMs());
        assertEquals(100, p.minSilenceMs());
        assertEquals(30, p.speechPadMs());
    }

    @Test
    void speechIsPaddedOnBothSides() {
        List<SpeechRegion> regions = segment(runs(0.0, 10, 0.9, 20, 0.0, 20));
        assertEquals(1, regions.size());
        assertEquals(10 * FRAME_S - PAD_S, regions.get(0).start(), 1e-9);
        assertEquals(30 * FRAME_S + PAD_S, regions.get(0).end(), 1e-9);
    }

    @Test
    void hysteresisKeepsSpeechOpenBetweenTheThresholds() {
        // 0.4 is under the threshold (0.5) but over the negative threshold (0.35): not a reason to end speech.
        assertEquals(1, segment(runs(0.0, 10, 0.9, 20, 0.4, 15, 0.9, 20, 0.0, 20)).size());
    }

    @Test
    void shortDipsDoNotEndSpeechLongSilencesDo() {
        assertEquals(1, segment(runs(0.0, 10, 0.9, 20, 0.1, 3, 0.9, 20, 0.0, 20)).size(), "96 ms < 100 ms");
        List<SpeechRegion> split = segment(runs(0.0, 10, 0.9, 20, 0.1, 10, 0.9, 20, 0.0, 20));
        assertEquals(2, split.size(), "320 ms of silence");
        assertEquals(30 * FRAME_S + PAD_S, split.get(0).end(), 1e-9, "ends where the silence began");
        assertEquals(40 * FRAME_S - PAD_S, split.get(1).start(), 1e-9);
    }

    @Test
    void tooShortSpeechIsDropped() {
        assertTrue(segment(runs(0.0, 10, 0.9, 5, 0.0, 20)).isEmpty(), "160 ms < 250 ms");
        assertEquals(1, segment(runs(0.0, 10, 0.9, 10, 0.0, 20)).size(), "320 ms");
    }

    @Test
    void closeRegionsSplitTheirGapInsteadOfOverlapping() {
        VadSegmentationSettings noMinSilence = new VadSegmentationSettings(0.5, 0.35, 250, 0, 30);
        float[] p = runs(0.9, 10, 0.1, 1, 0.9, 10);
        List<SpeechRegion> regions = new SpeechRegionSegmenter(noMinSilence).segment(p, FRAME, p.length * FRAME);
        assertEquals(2, regions.size());
        assertEquals(regions.get(0).end(), regions.get(1).start(), 1e-9, "32 ms gap < 2 × 30 ms pad: shared");
        assertEquals(0, regions.get(0).start(), "padding clamps at 0");
    }

    @Test
    void speechRunningToTheEndEndsAtTheSignalEnd() {
        float[] p = runs(0.0, 10, 0.9, 20);
        int total = p.length * FRAME - 100;
        List<SpeechRegion> regions = segmenter.segment(p, FRAME, total);
        assertEquals(Pcm16k.seconds(total), regions.get(0).end(), 1e-9);
    }

    @Test
    void noSpeechNoRegions() {
        assertTrue(segment(runs(0.2, 100)).isEmpty());
    }

    private List<SpeechRegion> segment(float[] probabilities) {
        return segmenter.segment(probabilities, FRAME, probabilities.length * FRAME);
    }

    /** Alternating (probability, frame count) pairs. */
    private static float[] runs(double... pairs) {
        int n = 0;
        for (int i = 1; i < pairs.length; i += 2) {
            n += (int) pairs[i];
        }
        float[] p = new float[n];
        int at = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            for (int k = 0; k < (int) pairs[i + 1]; k++) {
                p[at++] = (float) pairs[i];
            }
        }
        return p;
    }
}
