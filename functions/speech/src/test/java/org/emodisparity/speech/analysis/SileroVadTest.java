package org.emodisparity.speech.analysis;

import org.emodisparity.model.audio.Wav16k;

import org.emodisparity.model.TimeWindow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Silero VAD on the real clips, against the reference speech stretches of {@link SpeechClips}. */
class SileroVadTest {
    private SileroVad vad;

    @BeforeEach
    void load() {
        vad = SileroModel.vad();
    }

    @Test
    void theOrtPartOfTheOptionsOpensTheSession() throws IOException {
        SileroVadSettings cudaTwoThreads = SileroVadSettings.defaults()
                .withOrt(OrtSessionSettings.defaults().withCuda(true, 0).withIntraOpThreads(2));
        float[] pcm = Wav16k.readMono(SpeechClips.jfk().path());
        try (SileroVad other = SileroVad.load(SileroModel.defaultModelFile(), cudaTwoThreads)) {
            // the CPU onnxruntime artifact falls back to CPU; onnxruntime_gpu on a GPU machine gives "CUDA:0"
            assertTrue(List.of("CPU", "CUDA:0").contains(other.executionProvider()), other.executionProvider());
            assertEquals("CPU", vad.executionProvider());
            float[] expected = vad.speechProbabilities(pcm);
            float[] actual = other.speechProbabilities(pcm);
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-3, "frame " + i);
            }
        }
    }

    static List<SpeechClips.Clip> clips() {
        return SpeechClips.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clips")
    void regionsCoverTheSpeechButNotTheSilenceAround(SpeechClips.Clip clip) throws IOException {
        float[] pcm = Wav16k.readMono(clip.path());
        List<SpeechRegion> regions = vad.detect(pcm);
        double covered = 0;
        double sounding = 0;
        for (TimeWindow s : clip.sounding()) {
            sounding += s.duration();
            covered += overlap(regions, s);
        }
        double coverage = covered / sounding;
        System.out.printf("%s: regions %s, speech coverage %.3f%n", clip, regions, coverage);
        assertTrue(coverage >= 0.90, "coverage of the reference speech " + coverage);
        assertTrue(regions.get(0).start() >= clip.speechStart() - 0.1,
                "leading silence taken for speech: " + regions.get(0));
        assertTrue(regions.get(regions.size() - 1).end() <= clip.speechEnd() + 0.25,
                "trailing silence taken for speech: " + regions.get(regions.size() - 1));
    }

    @Test
    void jfkPausesAreFoundAndTheCrowdIsNotSpeech() throws IOException {
        List<SpeechRegion> regions = vad.detect(Wav16k.readMono(SpeechClips.jfk().path()));
        List<TimeWindow> gaps = new ArrayList<>();
        for (int k = 1; k < regions.size(); k++) {
            if (regions.get(k).start() - regions.get(k - 1).end() >= 0.3) {
                gaps.add(TimeWindow.of(regions.get(k - 1).end(), regions.get(k).start()));
            }
        }
        assertTrue(gaps.size() >= 3, "pauses " + gaps);
        for (TimeWindow gap : gaps) {
            double inReferencePause = SpeechClips.jfkPauses().stream()
                    .mapToDouble(p -> gap.overlap(p.start(), p.end())).sum();
            assertTrue(inReferencePause >= 0.8 * gap.duration(), "pause " + gap + " is not a reference silence");
        }
        assertEquals(0, overlap(regions, TimeWindow.of(10.75, 11.0)), 1e-9, "crowd noise after the last word");
    }

    @Test
    void silenceAndNoiseAreNotSpeech() {
        assertTrue(vad.detect(new float[3 * 16000]).isEmpty(), "digital silence");
        assertTrue(vad.detect(TestSignals.whiteNoise(3, 0.05, 5)).isEmpty(), "white noise");
    }

    @Test
    void oneProbabilityPer512SampleFrame() throws IOException {
        float[] pcm = Wav16k.readMono(SpeechClips.jfk().path());
        float[] p = vad.speechProbabilities(pcm);
        assertEquals((pcm.length + 511) / 512, p.length);
        for (float v : p) {
            assertTrue(v >= 0 && v <= 1);
        }
    }

    @Test
    void concurrentCallsKeepTheirOwnState() throws Exception {
        float[] a = Wav16k.readMono(SpeechClips.jfk().path());
        float[] b = Wav16k.readMono(SpeechClips.librivox().get(0).path());
        float[] expectedA = vad.speechProbabilities(a);
        float[] expectedB = vad.speechProbabilities(b);
        CompletableFuture<float[]> ca = CompletableFuture.supplyAsync(() -> vad.speechProbabilities(a));
        CompletableFuture<float[]> cb = CompletableFuture.supplyAsync(() -> vad.speechProbabilities(b));
        assertArrayEquals(expectedA, ca.get());
        assertArrayEquals(expectedB, cb.get());
    }

    private static double overlap(List<SpeechRegion> regions, TimeWindow interval) {
        return regions.stream().mapToDouble(r -> interval.overlap(r.start(), r.end())).sum();
    }
}
