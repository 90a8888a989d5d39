package org.emodisparity.speech.analysis;

import org.emodisparity.model.TimeWindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Vocal cues on synthetic signals whose loudness, pauses, rate, jitter, shimmer and HNR are known. */
class VocalCuesTest {
    private static final VocalCueSettings PARAMS = VocalCueSettings.defaults();

    @Test
    void loudnessIsTheSpeechPowerInDbfs() {
        float[] signal = TestSignals.concat(TestSignals.harmonicTone(150, 1, 1, 10, 0.1),
                TestSignals.harmonicTone(150, 1, 1, 10, 0.01));
        AnalysedSignal analysed = analyse(signal, new SpeechRegion(0, 2));
        assertEquals(-20.0, analysed.cuesFor(TimeWindow.of(0, 1)).loudnessDbfs(), 0.05);
        assertEquals(-40.0, analysed.cuesFor(TimeWindow.of(1, 2)).loudnessDbfs(), 0.05);
        assertEquals(10 * Math.log10((0.01 + 0.0001) / 2), analysed.cuesFor(TimeWindow.of(0, 2)).loudnessDbfs(), 0.05);
    }

    @Test
    void silenceOutsideSpeechDoesNotDiluteLoudness() {
        float[] signal = TestSignals.concat(TestSignals.silence(1), TestSignals.harmonicTone(150, 1, 1, 10, 0.1));
        assertEquals(-20.0, analyse(signal, new SpeechRegion(1, 2)).cuesFor(TimeWindow.of(0, 2)).loudnessDbfs(), 0.05);
    }

    @Test
    void noSpeechIsReportedNotMeasured() {
        float[] signal = TestSignals.concat(TestSignals.harmonicTone(150, 1, 1, 10, 0.1), TestSignals.silence(1));
        VocalCues cues = analyse(signal, new SpeechRegion(0, 1)).cuesFor(TimeWindow.of(1.2, 2));
        assertEquals(SpeechPresence.NO_SPEECH, cues.presence());
        assertEquals(0, cues.speechSeconds());
        assertEquals(VocalCues.absent(TimeWindow.of(1.2, 2), SpeechPresence.NO_SPEECH, 0), cues, "all measurements null");
    }

    @Test
    void tooLittleSpeechIsNotMeasured() {
        float[] signal = TestSignals.concat(TestSignals.harmonicTone(150, 1, 1, 10, 0.1), TestSignals.silence(1));
        VocalCues cues = analyse(signal, new SpeechRegion(0, 1)).cuesFor(TimeWindow.of(0.9, 2));
        assertEquals(SpeechPresence.TOO_LITTLE_SPEECH, cues.presence());
        assertEquals(0.1, cues.speechSeconds(), 1e-9);
        assertNull(cues.f0MedianHz());
        assertNull(cues.loudnessDbfs());
    }

    @Test
    void pausesAreSilencesOfAtLeastTheMinimumBetweenSpeech() {
        float[] signal = TestSignals.harmonicTone(150, 4, 1, 10, 0.1);
        AnalysedSignal analysed = analyse(signal, new SpeechRegion(0.2, 1.2), new SpeechRegion(1.7, 2.7),
                new SpeechRegion(2.8, 3.8));
        VocalCues cues = analysed.cuesFor(TimeWindow.of(0, 4));
        assertEquals(3.0, cues.speechSeconds(), 1e-9);
        assertEquals(1, cues.pauseCount(), "0.5 s counts, 0.1 s does not");
        assertEquals(0.5 / 3.6, cues.pauseRatio(), 1e-9, "pause time / span from first to last speech");
        VocalCues clipped = analysed.cuesFor(TimeWindow.of(1.0, 2.0));
        assertEquals(0.5 / 1.0, clipped.pauseRatio(), 1e-9, "span clipped to the interval");
    }

    @Test
    void toneStatisticsAndVoicing() {
        VocalCues cues = analyse(TestSignals.harmonicTone(180, 2, 1, 10, 0.1), new SpeechRegion(0, 2))
                .cuesFor(TimeWindow.of(0, 2));
        assertEquals(180, cues.f0MedianHz(), 0.5);
        assertEquals(0, cues.f0RangeSemitones(), 0.05);
        assertTrue(cues.voicedFraction() > 0.95, "voiced " + cues.voicedFraction());
    }

    @Test
    void unvoicedSpeechHasNoPitchButIsStillSpeech() {
        VocalCues cues = analyse(TestSignals.whiteNoise(2, 0.05, 3), new SpeechRegion(0, 2)).cuesFor(TimeWindow.of(0, 2));
        assertEquals(SpeechPresence.SPEECH, cues.presence());
        assertEquals(0, cues.voicedFraction());
        assertNull(cues.f0MedianHz());
        assertNull(cues.f0RangeSemitones());
        assertNull(cues.syllableRate(), "no voicing, no syllable nuclei to count");
        assertNull(cues.jitterLocal());
        assertNull(cues.hnrDb());
        assertNotNull(cues.loudnessDbfs());
    }

    @Test
    void syllableRateCountsIntensityPeaks() {
        // A 150 Hz voice whose intensity rises and falls 4 times a second: 4 syllable nuclei per second.
        float[] tone = TestSignals.harmonicTone(150, 3, 1, 10, 0.1);
        for (int i = 0; i < tone.length; i++) {
            double envelope = 0.5 * (1 - Math.cos(2 * Math.PI * 4 * i / TestSignals.SR));
            tone[i] *= (float) (0.1 + envelope);
        }
        VocalCues cues = analyse(tone, new SpeechRegion(0, 3)).cuesFor(TimeWindow.of(0, 3));
        assertEquals(4.0, cues.syllableRate(), 0.34, "12 ± 1 nuclei in 3 s");
    }

    @Test
    void jitterOfAlternatingPeriods() {
        // Periods 160·(1 ± 1%) alternating: |ΔT| = 2% of T every cycle, so local jitter = 0.02; amplitude constant.
        VocalCues cues = cyclesCues(i -> 160 * (i % 2 == 0 ? 1.01 : 0.99), i -> 0.3);
        assertEquals(0.02, cues.jitterLocal(), 0.002);
        assertTrue(cues.shimmerLocal() < 0.01, "shimmer " + cues.shimmerLocal());
    }

    @Test
    void shimmerOfAlternatingAmplitudes() {
        // Amplitudes 0.3·(1 ± 5%) alternating: |ΔA| = 10% of A every cycle, so local shimmer = 0.10.
        VocalCues cues = cyclesCues(i -> 160, i -> 0.3 * (i % 2 == 0 ? 1.05 : 0.95));
        assertEquals(0.10, cues.shimmerLocal(), 0.01);
        assertTrue(cues.jitterLocal() < 0.003, "jitter " + cues.jitterLocal());
    }

    @Test
    void perfectlyPeriodicVoiceHasNoPerturbationAndHighHnr() {
        VocalCues cues = cyclesCues(i -> 123.4, i -> 0.3);
        assertTrue(cues.jitterLocal() < 0.002, "jitter " + cues.jitterLocal());
        assertTrue(cues.shimmerLocal() < 0.005, "shimmer " + cues.shimmerLocal());
        assertTrue(cues.hnrDb() > 35, "HNR " + cues.hnrDb());
    }

    @ParameterizedTest(name = "HNR of a voice with noise at {0} dB")
    @ValueSource(doubles = {5, 10, 20})
    void hnrIsTheHarmonicToNoisePowerRatio(double snrDb) {
        float[] voice = TestSignals.withNoise(TestSignals.harmonicTone(140, 2, 1, 10, 0.1), snrDb, 11);
        VocalCues cues = analyse(voice, new SpeechRegion(0, 2)).cuesFor(TimeWindow.of(0, 2));
        assertEquals(snrDb, cues.hnrDb(), 1.5);
    }

    private static VocalCues cyclesCues(IntToDoubleFunction period, IntToDoubleFunction amplitude) {
        int cycles = 200;
        double[] periods = new double[cycles];
        double[] amplitudes = new double[cycles];
        for (int i = 0; i < cycles; i++) {
            periods[i] = period.applyAsDouble(i);
            amplitudes[i] = amplitude.applyAsDouble(i);
        }
        float[] signal = TestSignals.pulseTrain(periods, amplitudes);
        double seconds = Pcm16k.duration(signal);
        return analyse(signal, new SpeechRegion(0, seconds)).cuesFor(TimeWindow.of(0, seconds));
    }

    private static AnalysedSignal analyse(float[] signal, SpeechRegion... regions) {
        return AnalysedSignal.analyse(signal, List.of(regions), PARAMS);
    }
}
