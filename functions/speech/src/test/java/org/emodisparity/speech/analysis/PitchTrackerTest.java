package org.emodisparity.speech.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PitchTrackerTest {
    private final PitchTracker yin = new PitchTracker();

    @ParameterizedTest(name = "pure tone {0} Hz")
    @ValueSource(doubles = {100, 150, 220, 300})
    void pureTones(double f0) {
        assertTracks(TestSignals.sine(f0, 1.0, 0.3), f0);
    }

    @ParameterizedTest(name = "harmonic tone {0} Hz, SNR {1} dB")
    @CsvSource({"100, 20", "150, 20", "220, 20", "300, 20", "100, 10", "150, 10", "220, 10", "300, 10"})
    void harmonicRichTonesInNoise(double f0, double snrDb) {
        float[] tone = TestSignals.harmonicTone(f0, 1.0, 1, 20, 0.1);
        assertTracks(TestSignals.withNoise(tone, snrDb, (long) f0), f0);
    }

    @ParameterizedTest(name = "edges of the range: {0} Hz")
    @ValueSource(doubles = {65, 450})
    void edgesOfTheRange(double f0) {
        assertTracks(TestSignals.withNoise(TestSignals.harmonicTone(f0, 1.0, 1, 10, 0.1), 20, 7), f0);
    }

    @Test
    void missingFundamentalIsStillTheFundamental() {
        // Harmonics 2–8 of 120 Hz: the period, hence the perceived pitch, is still 1/120 s.
        assertTracks(TestSignals.harmonicTone(120, 1.0, 2, 8, 0.1), 120);
    }

    @Test
    void noiseHasNoPitch() {
        PitchTrack white = yin.track(TestSignals.whiteNoise(2.0, 0.1, 1));
        PitchTrack rumble = yin.track(TestSignals.lowPassNoise(2.0, 0.1, 2));
        assertEquals(0, voicedFrames(white), "white noise");
        assertEquals(0, voicedFrames(rumble), "low-pass noise");
    }

    @Test
    void silenceHasNoPitch() {
        assertEquals(0, voicedFrames(yin.track(new float[16000])));
    }

    @Test
    void onlyRequestedFramesAreAnalysed() {
        float[] tone = TestSignals.harmonicTone(150, 1.0, 1, 10, 0.1);
        boolean[] firstHalf = new boolean[FrameGrid.frameCount(tone.length)];
        Arrays.fill(firstHalf, 0, firstHalf.length / 2, true);
        PitchTrack track = yin.track(tone, firstHalf);
        for (int i = firstHalf.length / 2; i < track.frames(); i++) {
            assertTrue(!track.voiced(i), "frame " + i + " was not to be analysed");
        }
        assertTrue(voicedFrames(track) >= firstHalf.length / 2 - 5);
    }

    @Test
    void parabolicInterpolationFindsTheVertex() {
        // y = (x − 0.3)² sampled at −1, 0, 1
        assertEquals(0.3, PitchTracker.parabolicOffset(1.69, 0.09, 0.49), 1e-12);
        assertEquals(0, PitchTracker.parabolicOffset(1, 1, 1), 0);
    }

    /** ≥ 95% of the inner frames voiced, each within ±2% of f0; the median within ±0.5%. */
    private void assertTracks(float[] signal, double f0) {
        PitchTrack track = yin.track(signal);
        int inner = 0;
        int voiced = 0;
        double[] estimates = new double[track.frames()];
        for (int i = 3; i < track.frames() - 3; i++) { // the outer frames see the zero padding
            inner++;
            if (track.voiced(i)) {
                double f = track.f0Hz()[i];
                assertEquals(f0, f, 0.02 * f0, "frame " + i);
                estimates[voiced++] = f;
            }
        }
        assertTrue(voiced >= 0.95 * inner, "voiced " + voiced + " of " + inner + " frames");
        double median = Percentiles.of(Arrays.copyOf(estimates, voiced), 50);
        assertEquals(f0, median, 0.005 * f0, "median F0");
    }

    private static int voicedFrames(PitchTrack track) {
        int n = 0;
        for (int i = 0; i < track.frames(); i++) {
            n += track.voiced(i) ? 1 : 0;
        }
        return n;
    }
}
