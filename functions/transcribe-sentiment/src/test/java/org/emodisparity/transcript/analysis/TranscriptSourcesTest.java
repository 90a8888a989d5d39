package org.emodisparity.transcript.analysis;

import org.emodisparity.model.captions.TranscriptSegment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.emodisparity.fixtures.SharedMedia;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of transcript sources: upload, then ASR, then a stated reason. */
class TranscriptSourcesTest {
    @TempDir
    Path dir;

    /** Stands in for Whisper: one segment over the whole recording. */
    static final class FakeRecognizer implements SpeechRecognizer {
        int calls;

        @Override
        public Transcript transcribe(MonoAudio16k audio) {
            calls++;
            return new Transcript(TranscriptOrigin.WHISPER, "en",
                    List.of(new TranscriptSegment(0, audio.durationSeconds(), null, "recognised words")),
                    List.of("fake-asr"));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void anUploadedTranscriptComesFirst() throws Exception {
        Path vtt = Files.writeString(dir.resolve("s.vtt"), "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hello.\n");
        FakeRecognizer asr = new FakeRecognizer();
        TranscriptOutcome o = new TranscriptSources(asr).resolve(Optional.of(vtt), Optional.of(SharedMedia.jfkWav()));
        Transcript t = assertInstanceOf(TranscriptOutcome.Available.class, o).transcript();
        assertEquals(TranscriptOrigin.UPLOADED_WEBVTT, t.origin());
        assertEquals("Ann", t.segments().get(0).speaker());
        assertEquals(0, asr.calls, "no ASR when the upload is usable");
    }

    @Test
    void aBrokenUploadFallsBackToSpeechRecognitionWithAWarning() throws Exception {
        Path srt = Files.writeString(dir.resolve("s.srt"), "1\n00:00:01,000 --> 00:00:0x,000\nHello\n");
        TranscriptOutcome o = new TranscriptSources(new FakeRecognizer())
                .resolve(Optional.of(srt), Optional.of(SharedMedia.jfkWav()));
        Transcript t = assertInstanceOf(TranscriptOutcome.Available.class, o).transcript();
        assertEquals(TranscriptOrigin.WHISPER, t.origin());
        assertEquals(11.0, t.segments().get(0).end(), 0.01);
        assertEquals(1, o.warnings().size());
        assertTrue(o.warnings().get(0).startsWith("uploaded transcript is unusable: line 2: 1 malformed cue and no"
                + " readable one; first: malformed timestamp '00:00:0x,000'"), o.warnings().get(0));
    }

    @Test
    void withoutTranscriptAndWithoutAsrModelTheResultSaysSo() {
        TranscriptOutcome o = new TranscriptSources(null).resolve(Optional.empty(), Optional.of(SharedMedia.jfkWav()));
        assertEquals("unavailable: no transcript and no ASR model",
                assertInstanceOf(TranscriptOutcome.Unavailable.class, o).reason());
        TranscriptOutcome noAudio = new TranscriptSources(new FakeRecognizer()).resolve(Optional.empty(),
                Optional.empty());
        assertEquals(TranscriptSources.NO_AUDIO, assertInstanceOf(TranscriptOutcome.Unavailable.class, noAudio).reason());
    }

    @Test
    void audioThatIsNotSixteenKilohertzMonoWavIsAClearReason() throws Exception {
        Path notWav = Files.writeString(dir.resolve("a.wav"), "RIFF but not really");
        TranscriptOutcome o = new TranscriptSources(new FakeRecognizer()).resolve(Optional.empty(), Optional.of(notWav));
        String reason = assertInstanceOf(TranscriptOutcome.Unavailable.class, o).reason();
        assertTrue(reason.startsWith("unavailable: speech recognition failed:") && reason.contains("not a RIFF/WAVE"),
                reason);
    }
}
