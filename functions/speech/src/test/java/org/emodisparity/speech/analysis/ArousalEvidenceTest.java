package org.emodisparity.speech.analysis;

import org.emodisparity.model.audio.Wav16k;

import org.emodisparity.model.TimeWindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-window arousal keeps its evidence: a stretch of the JFK clip made 3 semitones higher and 6 dB louder by
 * SoX, in one session with the original played four times, scores above the baseline with the trained weights, and its
 * score names F0 level and loudness among the cues that moved, with z-values of more than one baseline SD (real
 * speech, the installed Silero VAD, the committed weights).
 */
class ArousalEvidenceTest {
    @TempDir
    Path dir;

    @Test
    void aLouderHigherWindowSaysWhichCuesMovedAndByHowMuch() throws Exception {
        SileroVad vad = SileroModel.vad();
        Path clip = SpeechClips.jfk().path();
        float[] original = Wav16k.readMono(clip);
        float[] raised = Wav16k.readMono(sox(clip, "raised.wav", "pitch", "300", "gain", "-l", "6"));
        float[] gap = TestSignals.silence(1.0);
        float[] session = TestSignals.concat(original, gap, original, gap, original, gap, original, gap, raised);
        List<TimeWindow> parts = new ArrayList<>();
        double at = 0;
        for (float[] part : List.of(original, original, original, original, raised)) {
            parts.add(TimeWindow.of(at, at + Pcm16k.duration(part)));
            at += Pcm16k.duration(part) + 1.0;
        }
        SpeechAnalysisResult result = new SpeechAnalyzer(vad, CommittedArousalModel.config()).analyze(session, parts);
        ArousalScore usual = result.intervals().get(0).arousal();
        ArousalScore high = result.intervals().get(4).arousal();
        System.out.println("usual: " + usual.zScores() + "\nraised: " + high.zScores() + "\nmoved: "
                + high.cuesMoved(1.0));

        assertEquals(ArousalModel.TRAINED_ID, high.modelId());
        assertTrue(high.value() > 0.3 && usual.value() < 0, "raised above the baseline, the usual voice below");
        assertTrue(high.zScores().get(ArousalFeature.F0_LEVEL) > 1, "F0 above the baseline by more than one SD");
        assertTrue(high.zScores().get(ArousalFeature.LOUDNESS) > 1, "louder by more than one SD");
        assertTrue(Math.abs(usual.zScores().get(ArousalFeature.F0_LEVEL)) < 1, "the usual voice is near its baseline");
        String moved = high.cuesMoved(1.0);
        assertTrue(moved.matches(".*F0 level \\+\\d+\\.\\d SD.*") && moved.matches(".*loudness \\+\\d+\\.\\d SD.*"),
                moved);
        assertTrue(usual.cuesMoved(1.0).isEmpty() || !usual.cuesMoved(1.0).contains("F0 level"), usual.cuesMoved(1.0));
    }

    private Path sox(Path in, String outName, String... effects) throws IOException, InterruptedException {
        Path out = dir.resolve(outName);
        List<String> command = new ArrayList<>(List.of("sox", "-R", in.toString(), "-b", "16", "-r", "16000", "-c",
                "1", out.toString()));
        command.addAll(List.of(effects));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("sox failed: " + String.join(" ", command) + "\n" + log);
        }
        return out;
    }
}
