package org.emodisparity.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.emodisparity.fixtures.MediaFixtures;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.ContentHash;
import org.emodisparity.model.Contract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input catalog of the README: every kind of bad or unusual input a new user or an attacker gives, with
 * the outcome asserted — exit code and one line for command-line mistakes (checked in-process by
 * {@link Main#precheck}, before the application starts), and for uploads the typed status of each stage after
 * one {@code serve --once} over a bucket holding every case as its own session; every upload byte-identical
 * afterwards.
 */
@QuarkusMainTest
class BadInputCatalogTest {
    private static final Path BUCKET = TestBucket.ROOT;
    private static final String CLINIC = "catalog";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void freshBucket() throws Exception {
        if (Files.exists(BUCKET)) {
            try (Stream<Path> paths = Files.walk(BUCKET)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    // ---------------------------------------------------------------- command-line mistakes (in-process)

    private record Outcome(int code, String err) {
    }

    private static Outcome precheck(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Main.precheck(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Outcome(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private static void assertUsage(int code, String fragment, String... args) {
        Outcome o = precheck(args);
        assertEquals(code, o.code(), String.join(" ", args) + " -> " + o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line, no stack trace: " + o.err());
        assertTrue(o.err().contains(fragment), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
    }

    @Test
    void commandLineMistakesAreOneLineWithTheirOwnExitCodeBeforeAnyWork() throws Exception {
        Path video = Files.copy(SharedMedia.gridBbaf2n(), tmp.resolve("clip.mpg"));
        Path aFile = Files.writeString(tmp.resolve("a-file"), "x");
        Path folder = Files.createDirectories(tmp.resolve("folder"));
        Path link = Files.createSymbolicLink(tmp.resolve("clip-link.mpg"), Path.of("/etc/passwd"));
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "Session notes");
        Path fifo = tmp.resolve("fifo.mp4");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();

        assertUsage(10, "no such file", "analyze", tmp.resolve("nope.mp4").toString());                    // 1
        assertUsage(11, "is a directory", "analyze", folder.toString());                                   // 2
        assertUsage(12, "symbolic link", "analyze", link.toString());                                      // 3
        assertUsage(11, "not a regular file", "analyze", fifo.toString());                                 // 4
        assertUsage(14, "--transcript must be a WebVTT", "analyze", video.toString(), "--transcript",
                notes.toString());                                                                         // 5
        assertUsage(10, "no such file", "analyze", video.toString(), "--transcript",
                tmp.resolve("missing.vtt").toString());                                                    // 6
        assertUsage(15, "--out names a file", "analyze", video.toString(), "--out", aFile.toString());      // 7
        assertUsage(15, "--bucket names a file", "analyze", video.toString(), "--bucket", aFile.toString()); // 8
        assertUsage(15, "--out cannot be made", "analyze", video.toString(), "--out",
                aFile.resolve("sub").toString());                                                          // 9
        assertUsage(16, "speakers must be between 1 and 8", "analyze", video.toString(), "--speakers", "0"); // 10
        assertUsage(16, "not a usable participant name", "analyze", video.toString(), "--participant-audio",
                "a/b=" + video);                                                                           // 11
        assertUsage(11, "--clinician-voice is a directory", "analyze", video.toString(), "--clinician-voice",
                folder.toString());                                                                        // 12
        assertUsage(10, "no such file", "analyze", video.toString(), "--speaker-timeline",
                tmp.resolve("t.json").toString());                                                         // 13
        assertUsage(16, "--timeout must be positive", "analyze", video.toString(), "--timeout", "PT0S");     // 14
        assertUsage(2, "Unknown option", "analyze", video.toString(), "--colour");                         // 15
        assertUsage(2, "Missing required parameter", "analyze");                                           // 16
        assertUsage(2, "--timeout", "analyze", video.toString(), "--timeout", "ten minutes");              // 17
        assertUsage(15, "--bucket names a file", "serve", "--bucket", aFile.toString());                    // 18
        assertUsage(16, "clientSpeaker must be 1 to 64", "analyze", video.toString(), "--client-speaker", " "); // 19

        assertEquals(0, precheck("analyze", video.toString(), "--out", tmp.resolve("out").toString()).code());
        assertFalse(Files.exists(tmp.resolve("out")), "a check makes nothing");
        assertEquals("x", Files.readString(aFile), "a file named as --out is untouched");
    }

    @Test
    void theCommandItselfRefusesAMistakeBeforeUploadingAnything(QuarkusMainLauncher launcher) throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("passwd.mp4"), Path.of("/etc/passwd"));
        LaunchResult r = launcher.launch("analyze", link.toString(), "--out", tmp.resolve("r").toString());
        assertEquals(12, r.exitCode(), r.getErrorOutput());
        assertTrue(r.getErrorOutput().contains("symbolic link"), r.getErrorOutput());
        assertFalse(r.getErrorOutput().contains("\tat "), "no stack trace: " + r.getErrorOutput());
        assertFalse(Files.exists(BUCKET.resolve("uploads/local")), "nothing copied into the bucket");
    }

    // ---------------------------------------------------------------- uploads, one serve --once over all of them

    @Test
    void everyBadUploadEndsWithATypedStatusAndTheUploadsStayByteIdentical(QuarkusMainLauncher launcher)
            throws Exception {
        Map<String, Path> sessions = new LinkedHashMap<>();
        Path audio = MediaFixtures.audioOnly(Files.createDirectories(tmp.resolve("a")), 3.0);
        // media
        put("empty", "video.mp4", MediaFixtures.emptyFile(Files.createDirectories(tmp.resolve("e"))));
        put("text-as-video", "video.mp4", MediaFixtures.notMedia(Files.createDirectories(tmp.resolve("n"))));
        byte[] random = new byte[64 * 1024];
        new Random(7).nextBytes(random);
        putBytes("random-bytes", "video.mov", random);
        put("truncated", "video.mp4", MediaFixtures.truncated(SharedMedia.pexelsWomanVideo(),
                Files.createDirectories(tmp.resolve("t")), 0.5));
        put("zero-duration", "audio.wav", MediaFixtures.zeroDuration(Files.createDirectories(tmp.resolve("z"))));
        put("unknown-codec", "video.avi", MediaFixtures.unsupportedCodec(Files.createDirectories(tmp.resolve("u"))));
        put("video-only", "video.mp4", MediaFixtures.videoOnly(Files.createDirectories(tmp.resolve("v")), 2.0));
        put("audio-only", "audio.m4a", audio);
        // one session, one recording
        put("two-recordings", "a.m4a", audio);
        put("two-recordings", "b.mpg", SharedMedia.gridBbaf2n());
        put("notes-beside-bad-video", "video.mp4", MediaFixtures.notMedia(tmp.resolve("n").getParent().resolve("n")));
        putBytes("notes-beside-bad-video", "notes.txt", "The client was calm.".getBytes(StandardCharsets.UTF_8));
        // several audio streams (real speech: JFK, 16 kHz): the same voices twice, one person per stream, one silent
        float[] jfk = org.emodisparity.fixtures.Dialogue.read(SharedMedia.jfkWav());
        float[] words = java.util.Arrays.copyOfRange(jfk, (int) (3.3 * 16000), (int) (5.8 * 16000));
        float[] first = new float[words.length * 2];
        float[] second = new float[words.length * 2];
        System.arraycopy(words, 0, first, 0, words.length);
        System.arraycopy(words, 0, second, words.length, words.length);
        Path streamsDir = Files.createDirectories(tmp.resolve("streams"));
        float[] half = first.clone();
        for (int i = 0; i < half.length; i++) {
            half[i] *= 0.5f;
        }
        put("streams-same-voices", "video.mkv", org.emodisparity.fixtures.MultiAudioRecording.write(
                streamsDir.resolve("same.mkv"), SharedMedia.gridBbaf2n(), List.of(
                        new org.emodisparity.fixtures.MultiAudioRecording.Track("Main", first),
                        new org.emodisparity.fixtures.MultiAudioRecording.Track("Copy", half))));
        put("streams-per-person", "video.mkv", org.emodisparity.fixtures.MultiAudioRecording.write(
                streamsDir.resolve("persons.mkv"), SharedMedia.gridBbaf2n(), List.of(
                        new org.emodisparity.fixtures.MultiAudioRecording.Track("Therapist", first),
                        new org.emodisparity.fixtures.MultiAudioRecording.Track("Client", second))));
        put("streams-one-silent", "video.mkv", org.emodisparity.fixtures.MultiAudioRecording.write(
                streamsDir.resolve("silent.mkv"), SharedMedia.gridBbaf2n(), List.of(
                        new org.emodisparity.fixtures.MultiAudioRecording.Track(null, first),
                        new org.emodisparity.fixtures.MultiAudioRecording.Track(null, new float[first.length]))));
        // transcripts beside a 3 s recording
        transcript("tr-malformed", "transcript.srt", "1\n00:00:0x,000 --> 00:00:02,000\nHello there.\n", audio);
        transcript("tr-backwards", "transcript.vtt", "WEBVTT\n\n00:02.000 --> 00:01.000\nHello there.\n", audio);
        transcript("tr-empty", "transcript.vtt", "", audio);
        transcript("tr-binary", "transcript.vtt", new String(random, 0, 4096, StandardCharsets.ISO_8859_1), audio);
        StringBuilder huge = new StringBuilder();
        for (int i = 1; huge.length() <= 3 * 1024 * 1024; i++) {
            huge.append(i).append("\n00:00:01,000 --> 00:00:02,000\nI keep thinking about the same things.\n\n");
        }
        transcript("tr-too-large", "transcript.srt", huge.toString(), audio);
        transcript("tr-german", "transcript.srt", srt("Ich habe in letzter Zeit sehr schlecht geschlafen.",
                "Die Arbeit macht mir große Sorgen und ich weiß nicht, wie es weitergehen soll."), audio);
        transcript("tr-spanish", "transcript.srt", srt("Últimamente he dormido muy mal y estoy cansada.",
                "El trabajo me preocupa mucho y no sé cómo seguir adelante con todo esto."), audio);
        String english = srt("I have been sleeping badly and I feel so tired.",
                "Work worries me a lot and I do not know how to go on.");
        putBytes("tr-utf16", "transcript.srt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                english.getBytes(StandardCharsets.UTF_16LE)));
        put("tr-utf16", "audio.m4a", audio);
        transcript("tr-some-cues-bad", "transcript.srt", english
                + "3\n00:00:0x,500 --> 00:00:02,900\nbroken\n\n", audio);
        transcript("tr-past-the-end", "transcript.srt", english
                + "3\n00:01:00,000 --> 00:01:02,000\nAfter the end.\n\n", audio);
        transcript("tr-markup", "transcript.vtt", "WEBVTT\n\n00:00.500 --> 00:02.500\n"
                + "<script>alert('x')</script> I am <b>fine</b> &lt;really&gt;\n", audio);

        Map<String, String> before = hashes();
        LaunchResult r = launcher.launch("serve", "--bucket", BUCKET.toString(), "--poll-millis", "100", "--once");
        assertEquals(0, r.exitCode(), r.getErrorOutput());
        assertEquals(before, hashes(), "every upload byte-identical, none added or removed");

        assertSegmenter("empty", "FAILED", "EMPTY_FILE");
        assertSegmenter("text-as-video", "FAILED", "NOT_MEDIA");
        assertSegmenter("random-bytes", "FAILED", "NOT_MEDIA");
        assertSegmenter("truncated", "FAILED", "TRUNCATED");
        assertSegmenter("zero-duration", "FAILED", "ZERO_DURATION");
        assertSegmenter("unknown-codec", "FAILED", "UNSUPPORTED_CODEC");
        assertStage("video-only", "speech", "SKIPPED", "NO_AUDIO_STREAM");
        assertTrue(report("video-only").isObject(), "a video without audio is still reported");
        assertStage("audio-only", "face", "SKIPPED", "NO_VIDEO_STREAM");
        assertTrue(report("audio-only").isObject());

        // two recordings: the first claims the session, the other is refused and the report is the first's
        String claimed = Files.readString(BUCKET.resolve("work/catalog/two-recordings/recording.claim"));
        String other = claimed.endsWith("a.m4a") ? "b.mpg" : "a.m4a";
        JsonNode refused = json(BUCKET.resolve("status/catalog/two-recordings/refused/" + other + ".json"));
        assertEquals("SECOND_RECORDING", refused.path("reason").asText(), refused.toString());
        assertEquals(ContentHash.sha256(BUCKET.resolve(claimed)),
                report("two-recordings").path("media").path("sha256").asText(), "the report is the claimed recording's");
        // the audio stream analysed is the claimed file's (the M4A's only stream, or the GRID clip's after its video)
        assertEquals(claimed.endsWith("a.m4a") ? 0 : 1,
                report("two-recordings").path("media").path("audio").path("streamIndex").asInt());
        assertFalse(Files.exists(BUCKET.resolve("status/catalog/two-recordings/refused/"
                + claimed.substring(claimed.lastIndexOf('/') + 1) + ".json")));
        // a notes file is never taken for the recording and never flips the session's status
        assertSegmenter("notes-beside-bad-video", "FAILED", "NOT_MEDIA");
        assertFalse(Files.exists(BUCKET.resolve("status/catalog/notes-beside-bad-video/refused")));

        // several audio streams: each named in the report's media block with what became of it
        JsonNode same = report("streams-same-voices").path("media").path("audio");
        assertEquals(2, same.path("audioStreams").asInt(), same.toString());
        assertEquals(1, same.path("streamIndex").asInt(), "the default stream is analysed");
        assertEquals("Main", same.path("tracks").get(0).path("name").asText(), same.toString());
        assertEquals("analysed", same.path("tracks").get(0).path("use").asText(), same.toString());
        assertEquals("unused", same.path("tracks").get(1).path("use").asText(), same.toString());
        assertFalse(Files.exists(BUCKET.resolve("work/catalog/streams-same-voices/participants.json")));
        JsonNode persons = report("streams-per-person");
        assertEquals("participant", persons.path("media").path("audio").path("tracks").get(0).path("use").asText(),
                persons.path("media").toString());
        assertEquals("participant", persons.path("media").path("audio").path("tracks").get(1).path("use").asText());
        assertEquals("participant-audio", persons.path("speakers").path("source").asText(),
                persons.path("speakers").toString());
        assertEquals("Client", persons.path("speakers").path("speakers").findValues("name").stream()
                .map(JsonNode::asText).filter("Client"::equals).findFirst().orElse(""), persons.path("speakers").toString());
        JsonNode silent = report("streams-one-silent").path("media").path("audio").path("tracks");
        assertEquals("analysed", silent.get(0).path("use").asText(), silent.toString());
        assertEquals("audio stream 1", silent.get(0).path("name").asText());
        assertTrue(silent.get(1).path("note").asText().startsWith("silent"), silent.toString());

        for (String s : List.of("tr-malformed", "tr-backwards", "tr-empty", "tr-binary", "tr-too-large")) {
            assertStage(s, "transcribe-sentiment", "UNAVAILABLE", "TRANSCRIPT_UNREADABLE");
            assertTrue(report(s).isObject(), s + ": face and voice still reported");
        }
        assertTrue(status("tr-too-large", "transcribe-sentiment").path("message").asText().contains("2048 KiB"));
        assertTrue(status("tr-backwards", "transcribe-sentiment").path("message").asText().contains("before it starts"));
        for (String s : List.of("tr-german", "tr-spanish")) {
            assertStage(s, "transcribe-sentiment", "UNAVAILABLE", "UNSUPPORTED_LANGUAGE");
            assertTrue(part(s).path("windows").isEmpty(), "no neutral scores for a language the model cannot read");
        }
        assertEquals("de", part("tr-german").path("extras").path("language").asText());
        for (String s : List.of("tr-utf16", "tr-some-cues-bad", "tr-past-the-end", "tr-markup")) {
            String reason = status(s, "transcribe-sentiment").path("reason").asText();
            assertFalse(reason.equals("TRANSCRIPT_UNREADABLE") || reason.equals("UNSUPPORTED_LANGUAGE"), s + ": " + reason);
            assertFalse(part(s).path("extras").path("sentences").isEmpty(), s + " has its sentences");
        }
        assertTrue(part("tr-utf16").path("extras").path("sentences").get(0).path("text").asText()
                .startsWith("I have been sleeping badly"));
        assertTrue(part("tr-some-cues-bad").path("extras").path("warnings").toString()
                .contains("1 malformed cue of the uploaded transcript skipped"));
        assertTrue(part("tr-past-the-end").path("extras").path("warnings").toString()
                .contains("1 transcript cue starts after the recording ends"));
        String html = Files.readString(BUCKET.resolve("reports/catalog/tr-markup/report.html"));
        assertFalse(html.contains("<script>alert"), "markup in a transcript is never HTML in the report");
    }

    // ---------------------------------------------------------------- helpers

    private static String srt(String... cues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cues.length; i++) {
            sb.append(i + 1).append('\n').append(String.format("00:00:%02d,000 --> 00:00:%02d,400%n", i, i + 1))
                    .append(cues[i]).append("\n\n");
        }
        return sb.toString();
    }

    private static void transcript(String session, String name, String text, Path recording) throws Exception {
        putBytes(session, name, text.getBytes(StandardCharsets.UTF_8));
        put(session, "audio.m4a", recording);
    }

    private static void put(String session, String name, Path file) throws Exception {
        Path target = BUCKET.resolve("uploads").resolve(CLINIC).resolve(session).resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
    }

    private static void putBytes(String session, String name, byte[] bytes) throws Exception {
        Path target = BUCKET.resolve("uploads").resolve(CLINIC).resolve(session).resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Map<String, String> hashes() throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(BUCKET.resolve("uploads"))) {
            paths.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path p : files) {
            m.put(BUCKET.relativize(p).toString(), ContentHash.sha256(p));
        }
        return m;
    }

    private static JsonNode json(Path p) throws Exception {
        assertTrue(Files.exists(p), "missing " + p);
        return Contract.json().readTree(p.toFile());
    }

    private static JsonNode status(String session, String stage) throws Exception {
        return json(BUCKET.resolve("status").resolve(CLINIC).resolve(session).resolve(stage + ".json"));
    }

    private static JsonNode part(String session) throws Exception {
        return json(BUCKET.resolve("work").resolve(CLINIC).resolve(session).resolve("parts/transcribe-sentiment.json"));
    }

    private static JsonNode report(String session) throws Exception {
        return json(BUCKET.resolve("reports").resolve(CLINIC).resolve(session).resolve("report.json"));
    }

    private static void assertStage(String session, String stage, String state, String reason) throws Exception {
        JsonNode s = status(session, stage);
        assertEquals(state, s.path("state").asText(), session + "/" + stage + ": " + s);
        assertEquals(reason, s.path("reason").asText(), session + "/" + stage + ": " + s);
    }

    private static void assertSegmenter(String session, String state, String reason) throws Exception {
        assertStage(session, "segmenter", state, reason);
        assertFalse(Files.exists(BUCKET.resolve("reports").resolve(CLINIC).resolve(session)), session + ": no report");
    }
}
