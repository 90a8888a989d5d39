package org.emodisparity.transcript.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.emodisparity.model.WindowPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the stage says about transcripts it cannot use: unreadable, not English, cues past the end. */
class TranscriptStatusTest {
    @TempDir
    Path dir;

    private static final WindowPlan PLAN = WindowPlan.plan(10.0, 2.5, 1.25);

    private static TranscriptEmotionResult analyse(Path transcript) throws Exception {
        try (TranscriptEmotionAnalyzer bare = new TranscriptEmotionAnalyzer(null, null, SentenceSplitter.defaults(),
                List.of())) {
            return bare.analyse(Optional.of(transcript), Optional.empty(), PLAN);
        }
    }

    private Path srt(String name, String... cues) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cues.length; i++) {
            sb.append(i + 1).append('\n').append(String.format("00:00:%02d,000 --> 00:00:%02d,500%n", i * 2, i * 2 + 1))
                    .append(cues[i]).append("\n\n");
        }
        return Files.writeString(dir.resolve(name), sb);
    }

    @Test
    void anUnreadableUploadWithoutSpeechRecognitionIsUnreadableWithTheParsersReason() throws Exception {
        Path broken = Files.writeString(dir.resolve("t.srt"), "1\n00:00:0x,000 --> 00:00:03,000\nbroken\n");
        TranscriptEmotionResult r = analyse(broken);
        assertEquals(TranscriptEmotionResult.Status.UNREADABLE, r.status());
        assertTrue(r.message().startsWith(TranscriptSources.UNREADABLE), r.message());
        assertTrue(r.message().contains("malformed timestamp '00:00:0x,000'"), r.message());

        TranscriptEmotionResult empty = analyse(Files.writeString(dir.resolve("e.vtt"), ""));
        assertEquals(TranscriptEmotionResult.Status.UNREADABLE, empty.status());
        assertTrue(empty.message().contains("empty"), empty.message());
    }

    @Test
    void germanAndSpanishTranscriptsAreNotScoredButEnglishIs() throws Exception {
        TranscriptEmotionResult de = analyse(srt("de.srt", "Ich habe in letzter Zeit sehr schlecht geschlafen.",
                "Die Arbeit macht mir große Sorgen und ich weiß nicht, wie es weitergehen soll."));
        assertEquals(TranscriptEmotionResult.Status.UNSUPPORTED_LANGUAGE, de.status(), de.message());
        assertEquals("de", de.language());
        assertTrue(de.message().contains("German"), de.message());
        assertTrue(de.windows().isEmpty());
        assertNull(de.sentences().get(0).emotion());

        TranscriptEmotionResult es = analyse(srt("es.srt", "Últimamente he dormido muy mal y estoy cansada.",
                "El trabajo me preocupa mucho y no sé cómo seguir adelante con todo esto."));
        assertEquals(TranscriptEmotionResult.Status.UNSUPPORTED_LANGUAGE, es.status(), es.message());
        assertEquals("es", es.language());

        TranscriptEmotionResult en = analyse(srt("en.srt", "I have been sleeping very badly lately.",
                "Work worries me a lot and I do not know how to go on with all of this."));
        assertEquals(TranscriptEmotionResult.Status.TRANSCRIPT_ONLY, en.status(), en.message());
        TranscriptEmotionResult shortForeign = analyse(srt("short.srt", "Hola, gracias."));
        assertEquals(TranscriptEmotionResult.Status.TRANSCRIPT_ONLY, shortForeign.status(), "too short to tell");
    }

    @Test
    void skippedCuesAndCuesPastTheEndAreWarnings() throws Exception {
        Path t = Files.writeString(dir.resolve("t.srt"), """
                1
                00:00:01,000 --> 00:00:02,000
                I am fine.

                2
                00:00:09,000 --> 00:00:04,000
                backwards

                3
                00:00:30,000 --> 00:00:31,000
                After the end.
                """);
        TranscriptEmotionResult r = analyse(t);
        assertEquals(TranscriptEmotionResult.Status.TRANSCRIPT_ONLY, r.status());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("1 malformed cue of the uploaded transcript skipped")),
                r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("1 transcript cue starts after the recording ends")),
                r.warnings().toString());
    }
}
