package org.emodisparity.transcript.analysis;

import org.emodisparity.model.captions.TranscriptSegment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whisper-jni path. With a tiny random-weight model ({@link TinyWhisperModel}) this checks <b>plumbing, not
 * accuracy</b>: the ggml file loads in whisper.cpp 1.7.x, real speech (jfk.wav, 11 s) goes through the mel front end,
 * encoder and decoder, segments come back with ordered timestamps inside the audio, long audio is processed in full
 * with absolute times, and missing, corrupt or truncated model files are clean exceptions (the JVM survives).
 * Where a real Whisper model is installed ({@code models install --profile paper}), it also checks the jfk.wav
 * transcript against the known text (word error rate at most 0.2); that test is skipped otherwise.
 */
class WhisperTranscriberTest {
    static final String JFK_TEXT = "And so my fellow Americans, ask not what your country can do for you,"
            + " ask what you can do for your country.";

    @TempDir
    static Path dir;
    static Path tinyModel;
    static MonoAudio16k jfk;

    @BeforeAll
    static void writeTinyModel() throws Exception {
        tinyModel = TinyWhisperModel.write(dir.resolve("ggml-tiny-random.bin"), 7);
        jfk = MonoAudio16k.readWav(SharedMedia.jfkWav());
    }

    private static WhisperSettings fast() {
        return WhisperSettings.defaults().withLanguage("en").withTemperatureFallback(false);
    }

    @Test
    void theTinyModelPassesTheJavaChecks() throws Exception {
        GgmlWhisperFile.Hparams h = GgmlWhisperFile.inspect(tinyModel);
        assertEquals(TinyWhisperModel.N_VOCAB, h.nVocab());
        assertTrue(h.multilingual());
        assertTrue(Files.size(tinyModel) < 4_000_000, "tiny: " + Files.size(tinyModel));
    }

    @Test
    void tinyModelTranscribesRealSpeechWithOrderedTimestampsInsideTheAudio() throws Exception {
        assertEquals(11.0, jfk.durationSeconds(), 0.01);
        try (WhisperTranscriber whisper = WhisperTranscriber.open(tinyModel, "tiny-random", fast())) {
            Transcript t = whisper.transcribe(jfk);
            System.out.println("tiny-model segments: " + t.segments());
            assertEquals(TranscriptOrigin.WHISPER, t.origin());
            assertEquals(List.of("tiny-random"), t.modelIds());
            assertEquals("en", t.language());
            assertFalse(t.segments().isEmpty(), "the decoder produced no segment");
            assertOrderedInside(t.segments(), 0, jfk.durationSeconds());
        }
    }

    @Test
    void longAudioIsTranscribedInPassesWithAbsoluteTimes() throws Exception {
        List<int[]> passes = WhisperTranscriber.passes(jfk.samples(), 5);
        assertEquals(3, passes.size(), "11 s in passes of at most 5 s");
        assertEquals(0, passes.get(0)[0]);
        assertEquals(jfk.samples().length, passes.get(2)[1]);
        for (int i = 1; i < passes.size(); i++) {
            assertEquals(passes.get(i - 1)[1], passes.get(i)[0], "passes are contiguous");
            assertTrue(passes.get(i)[0] - passes.get(i - 1)[0] <= 5 * MonoAudio16k.SAMPLE_RATE);
        }
        try (WhisperTranscriber whisper = WhisperTranscriber.open(tinyModel, "tiny-random",
                fast().withMaxPassSeconds(5))) {
            Transcript t = whisper.transcribe(jfk);
            System.out.println("tiny-model segments in 5 s passes: " + t.segments());
            assertOrderedInside(t.segments(), 0, jfk.durationSeconds());
            double lastPassStart = passes.get(2)[0] / (double) MonoAudio16k.SAMPLE_RATE;
            assertTrue(t.segments().stream().anyMatch(s -> s.start() >= lastPassStart),
                    "the last pass (from " + lastPassStart + " s) is transcribed at its absolute time");
        }
    }

    @Test
    void missingCorruptAndTruncatedModelsAreCleanErrors() throws Exception {
        WhisperModelException missing = assertThrows(WhisperModelException.class,
                () -> WhisperTranscriber.open(dir.resolve("nope.bin"), "x", fast()));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());

        Path garbage = Files.writeString(dir.resolve("garbage.bin"), "not a model ".repeat(100), StandardCharsets.UTF_8);
        WhisperModelException bad = assertThrows(WhisperModelException.class,
                () -> WhisperTranscriber.open(garbage, "x", fast()));
        assertTrue(bad.getMessage().contains("bad magic"), bad.getMessage());

        byte[] whole = Files.readAllBytes(tinyModel);
        for (double fraction : new double[] {0.001, 0.1, 0.6, 0.999}) {
            Path truncated = Files.write(dir.resolve("truncated-" + fraction + ".bin"),
                    Arrays.copyOf(whole, (int) (whole.length * fraction)));
            WhisperModelException e = assertThrows(WhisperModelException.class,
                    () -> WhisperTranscriber.open(truncated, "x", fast()));
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }

        // Structurally sound but with a tensor whisper.cpp does not know: rejected by whisper.cpp itself.
        byte[] renamed = whole.clone();
        int at = indexOf(renamed, "decoder.ln.bias".getBytes(StandardCharsets.US_ASCII));
        renamed[at] = 'X';
        Path unknownTensor = Files.write(dir.resolve("unknown-tensor.bin"), renamed);
        WhisperModelException rejected = assertThrows(WhisperModelException.class,
                () -> WhisperTranscriber.open(unknownTensor, "x", fast()));
        assertTrue(rejected.getMessage().contains("whisper.cpp could not load")
                && rejected.getMessage().contains("unknown tensor 'Xecoder.ln.bias'"), rejected.getMessage());
        System.out.println("whisper.cpp's own rejection: " + rejected.getMessage());
    }

    /** Needs a real model: {@code models install --profile paper} (skipped when absent). */
    @Test
    void realWhisperTranscribesJfkWithinTwentyPercentWordErrorRate() throws Exception {
        InstalledModel model = RequiredModels.assumeOrFail("whisper-base-en");
        try (WhisperTranscriber whisper = WhisperTranscriber.open(model, WhisperSettings.defaults())) {
            Transcript t = whisper.transcribe(jfk);
            String text = t.segments().stream().map(TranscriptSegment::text).collect(Collectors.joining(" "));
            double wer = WordErrorRate.of(JFK_TEXT, text);
            System.out.printf("whisper-base-en on jfk.wav: WER %.3f: %s%n", wer, text);
            assertTrue(wer <= 0.2, "WER " + wer + ": " + text);
            assertOrderedInside(t.segments(), 0, jfk.durationSeconds());
        }
    }

    @Test
    void wordErrorRateCountsEditsOverReferenceWords() {
        assertEquals(0, WordErrorRate.of(JFK_TEXT, JFK_TEXT.toUpperCase()));
        assertEquals(1 / 3.0, WordErrorRate.of("ask not what", "ask what"), 1e-9);
        assertEquals(2 / 3.0, WordErrorRate.of("a b c", "a x y"), 1e-9);
    }

    static void assertOrderedInside(List<TranscriptSegment> segments, double from, double to) {
        double previousEnd = from;
        for (TranscriptSegment s : segments) {
            assertTrue(s.start() >= previousEnd - 1e-9, "ordered: " + s + " after " + previousEnd);
            assertTrue(s.end() >= s.start(), "non-negative: " + s);
            assertTrue(s.end() <= to + 1e-9, "inside the audio: " + s);
            previousEnd = s.end();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
