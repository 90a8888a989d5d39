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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vocal arousal must rise when the same voice gets louder, higher and faster. SoX (an independent tool, WSOLA-based
 * {@code pitch} and {@code tempo} effects that keep the voice's formants and the other dimension unchanged) makes two
 * variants of a real clip: "calm" = 2 semitones lower, 15% slower, 4 dB quieter; "aroused" = 2 semitones higher,
 * 15% faster, 4 dB louder (with SoX's limiter against clipping). Original and variants are one session, separated by
 * a second of silence, so all three are scored against one baseline of the same speaker, as in the pipeline.
 */
class ArousalOnVoiceVariantsTest {
    private SileroVad vad;

    @TempDir
    Path dir;

    @BeforeEach
    void load() {
        vad = SileroModel.vad();
    }

    static List<Arguments> clips() {
        List<Arguments> cases = new ArrayList<>();
        for (SpeechClips.Clip clip : List.of(SpeechClips.jfk(), SpeechClips.librivox().get(0),
                SpeechClips.librivox().get(3))) {
            cases.add(Arguments.of(clip, ArousalModel.TRAINED_ID));
            cases.add(Arguments.of(clip, ArousalModel.PRIOR_ID));
        }
        return cases;
    }

    /** The committed trained weights ({@value ArousalModel#TRAINED_ID}) and the fallback prior. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clips")
    void louderHigherFasterIsMoreAroused(SpeechClips.Clip clip, String modelId) throws Exception {
        float[] original = Wav16k.readMono(clip.path());
        float[] calm = Wav16k.readMono(sox(clip.path(), "calm.wav", "pitch", "-200", "tempo", "-s", "0.85", "gain", "-4"));
        float[] aroused = Wav16k.readMono(sox(clip.path(), "aroused.wav", "pitch", "200", "tempo", "-s", "1.15",
                "gain", "-l", "4"));
        float[] gap = TestSignals.silence(1.0);
        float[] session = TestSignals.concat(original, gap, calm, gap, aroused);
        List<TimeWindow> parts = new ArrayList<>();
        double at = 0;
        for (float[] part : List.of(original, calm, aroused)) {
            parts.add(TimeWindow.of(at, at + Pcm16k.duration(part)));
            at += Pcm16k.duration(part) + 1.0;
        }

        SpeechAnalyzerSettings config = modelId.equals(ArousalModel.TRAINED_ID)
                ? CommittedArousalModel.config() : SpeechAnalyzerSettings.defaults();
        SpeechAnalysisResult result = new SpeechAnalyzer(vad, config).analyze(session, parts);
        assertEquals(modelId, result.intervals().get(0).arousal().modelId());
        IntervalAnalysis o = result.intervals().get(0);
        IntervalAnalysis c = result.intervals().get(1);
        IntervalAnalysis a = result.intervals().get(2);
        for (var x : List.of(c, o, a)) {
            System.out.printf("%s %s %s: arousal %+.3f (Z %+.3f) z=%s; F0 %.1f Hz, range %.1f st, %.1f dBFS, %.2f syll/s%n",
                    modelId, clip, x == o ? "original" : x == c ? "calm    " : "aroused ", x.arousal().value(),
                    x.arousal().weightedZ(), x.arousal().zScores(), x.cues().f0MedianHz(), x.cues().f0RangeSemitones(),
                    x.cues().loudnessDbfs(), x.cues().syllableRate());
        }

        assertTrue(a.arousal().value() > o.arousal().value(), "aroused variant above the original");
        assertTrue(o.arousal().value() > c.arousal().value(), "original above the calm variant");
        assertTrue(a.arousal().value() - c.arousal().value() > 0.5, "a clear difference between the extremes");
        // The cues themselves followed the transformation.
        double up = Math.pow(2, 2 / 12.0);
        assertEquals(up, a.cues().f0MedianHz() / o.cues().f0MedianHz(), 0.03 * up, "F0 +2 semitones");
        assertEquals(1 / up, c.cues().f0MedianHz() / o.cues().f0MedianHz(), 0.03 / up, "F0 −2 semitones");
        assertEquals(-4, c.cues().loudnessDbfs() - o.cues().loudnessDbfs(), 1.0, "−4 dB");
        assertTrue(a.cues().loudnessDbfs() > o.cues().loudnessDbfs() + 1, "louder (limited near full scale)");
        assertTrue(a.cues().syllableRate() > c.cues().syllableRate(), "faster");
        // Phrase by phrase, against the baseline over all phrases, the same order holds on average.
        double calmPhrases = meanPhraseArousal(result, parts.get(1));
        double originalPhrases = meanPhraseArousal(result, parts.get(0));
        double arousedPhrases = meanPhraseArousal(result, parts.get(2));
        System.out.printf("%s %s phrases: calm %+.3f, original %+.3f, aroused %+.3f%n", modelId, clip, calmPhrases,
                originalPhrases, arousedPhrases);
        assertTrue(arousedPhrases > originalPhrases && originalPhrases > calmPhrases, "phrase arousal order");
    }

    private static double meanPhraseArousal(SpeechAnalysisResult result, TimeWindow part) {
        return result.phrases().stream()
                .filter(p -> part.contains(p.phrase().start()) && p.arousal().scored())
                .mapToDouble(p -> p.arousal().value())
                .average().orElseThrow();
    }

    /** Runs SoX on the clip (16-bit, 16 kHz, mono out; repeatable dither). */
    private Path sox(Path in, String outName, String... effects) throws IOException, InterruptedException {
        Path out = dir.resolve(outName);
        List<String> command = new ArrayList<>(List.of("sox", "-R", in.toString(), "-b", "16", "-r", "16000", "-c",
                "1", out.toString()));
        command.addAll(List.of(effects));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("SoX is not on PATH; this test makes its voice variants with it (apt-get install sox)", e);
            throw e;
        }
        String log = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("sox failed: " + String.join(" ", command) + "\n" + log);
        }
        return out;
    }
}
