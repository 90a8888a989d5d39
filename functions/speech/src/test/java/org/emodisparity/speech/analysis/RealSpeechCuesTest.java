package org.emodisparity.speech.analysis;

import org.emodisparity.model.audio.Wav16k;

import org.emodisparity.model.TimeWindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Vocal cues of the real clips against Praat and the transcripts (see {@link SpeechClips}). */
class RealSpeechCuesTest {
    private SpeechAnalyzer analyzer;

    @BeforeEach
    void load() {
        analyzer = new SpeechAnalyzer(SileroModel.vad());
    }

    static List<SpeechClips.Clip> clips() {
        return SpeechClips.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clips")
    void cuesAgreeWithPraatAndTheTranscript(SpeechClips.Clip clip) throws IOException {
        float[] pcm = Wav16k.readMono(clip.path());
        VocalCues cues = analyzer.analyze(pcm, List.of(TimeWindow.of(0, Pcm16k.duration(pcm)))).intervals().get(0).cues();
        long nuclei = Math.round(cues.syllableRate() * cues.speechSeconds());
        System.out.printf("%s: F0 median %.1f Hz (Praat %.1f, %+.1f%%), p5–p95 %.1f–%.1f Hz = %.1f st, voiced %.2f,"
                + " loudness %.1f dBFS, %d nuclei / %d syllables (rate %.2f/s), pauses %d (ratio %.2f),"
                + " jitter %.4f (Praat %.4f), shimmer %.4f (Praat %.4f), HNR %.1f dB (Praat %.1f)%n",
                clip, cues.f0MedianHz(), clip.praatF0MedianHz(), 100 * (cues.f0MedianHz() / clip.praatF0MedianHz() - 1),
                cues.f0P5Hz(), cues.f0P95Hz(), cues.f0RangeSemitones(), cues.voicedFraction(), cues.loudnessDbfs(),
                nuclei, clip.syllables(), cues.syllableRate(), cues.pauseCount(), cues.pauseRatio(),
                cues.jitterLocal(), clip.praatJitter(), cues.shimmerLocal(), clip.praatShimmer(), cues.hnrDb(),
                clip.praatHnrDb());
        assertEquals(SpeechPresence.SPEECH, cues.presence());
        assertTrue(cues.f0MedianHz() >= 75 && cues.f0MedianHz() <= 300, "adult speaking F0");
        assertEquals(clip.praatF0MedianHz(), cues.f0MedianHz(), 0.05 * clip.praatF0MedianHz(), "median F0 vs Praat");
        assertTrue(cues.f0P5Hz() < cues.f0MedianHz() && cues.f0MedianHz() < cues.f0P95Hz());
        assertTrue(cues.f0RangeSemitones() > 3 && cues.f0RangeSemitones() < 15, "read speech is neither flat nor wild");
        assertTrue(cues.voicedFraction() > 0.3 && cues.voicedFraction() < 0.9, "voiced " + cues.voicedFraction());
        assertEquals(clip.syllables(), nuclei, 0.25 * clip.syllables(), "syllable nuclei vs transcript");
        // Different pulse marking than Praat's: jitter comes out 1.1–1.4× Praat's on these clips.
        double jitterRatio = cues.jitterLocal() / clip.praatJitter();
        assertTrue(jitterRatio > 0.7 && jitterRatio < 1.6, "jitter / Praat's = " + jitterRatio);
        assertEquals(clip.praatShimmer(), cues.shimmerLocal(), 0.25 * clip.praatShimmer(), "shimmer vs Praat");
        assertEquals(clip.praatHnrDb(), cues.hnrDb(), 2.5, "HNR vs Praat");
    }

    @Test
    void jfkPhrasesWindowsAndPauses() throws IOException {
        float[] pcm = Wav16k.readMono(SpeechClips.jfk().path());
        List<TimeWindow> windows = new ArrayList<>();
        for (double t = 0; t + 0.5 <= 11.0; t += 0.5) {
            windows.add(TimeWindow.of(t, t + 0.5));
        }
        SpeechAnalysisResult result = analyzer.analyze(pcm, windows);

        assertEquals(4, result.phrases().size(), "four phrases between the three long pauses");
        for (PhraseAnalysis p : result.phrases()) {
            assertEquals(SpeechPresence.SPEECH, p.cues().presence());
            assertTrue(p.arousal().scored());
        }
        assertEquals(windows.size(), result.intervals().size());
        for (int k = 0; k < windows.size(); k++) {
            IntervalAnalysis w = result.intervals().get(k);
            assertEquals(windows.get(k), w.interval(), "results in request order");
            if (w.cues().hasSpeech()) {
                assertTrue(w.arousal().scored() || w.arousal().status() == ArousalScore.Status.INSUFFICIENT_CUES);
                if (w.arousal().scored()) {
                    assertTrue(Math.abs(w.arousal().value()) < 1);
                }
            } else {
                assertNull(w.cues().loudnessDbfs());
                assertEquals(ArousalScore.Status.NO_SPEECH, w.arousal().status());
            }
        }
        IntervalAnalysis inPause = result.intervals().get(5); // [2.5, 3.0): inside the first long pause
        assertEquals(SpeechPresence.NO_SPEECH, inPause.cues().presence());
        assertEquals(SpeechPresence.TOO_LITTLE_SPEECH, result.intervals().get(0).cues().presence(),
                "[0, 0.5) holds only the first 0.18 s of speech");
        assertEquals(SpeechPresence.SPEECH, result.intervals().get(1).cues().presence());

        VocalCues whole = analyzer.analyze(pcm, List.of(TimeWindow.of(0, 11))).intervals().get(0).cues();
        assertTrue(whole.pauseCount() >= 3, "pauses " + whole.pauseCount());
        assertTrue(whole.pauseRatio() > 0.15 && whole.pauseRatio() < 0.4, "pause ratio " + whole.pauseRatio());
    }
}
