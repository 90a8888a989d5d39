package org.emodisparity.model.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WebVTT and SRT as Zoom, Teams and Doxy.me export them, and the errors for broken files. */
class CaptionParserTest {
    @TempDir
    Path dir;

    private static List<TranscriptSegment> vtt(String text) throws TranscriptFormatException {
        return CaptionParser.parse(text, CaptionParser.Format.WEBVTT);
    }

    private static List<TranscriptSegment> srt(String text) throws TranscriptFormatException {
        return CaptionParser.parse(text, CaptionParser.Format.SRT);
    }

    @Test
    void teamsVoiceSpansNameTheSpeaker() throws Exception {
        List<TranscriptSegment> s = vtt("""
                WEBVTT

                3f5a1c2e-7b1d-4c55-9a43-1e2b3c4d5e6f/12-0
                00:00:01.250 --> 00:00:04.000
                <v Dr. Jane Smith>How have you been sleeping?</v>

                3f5a1c2e-7b1d-4c55-9a43-1e2b3c4d5e6f/13-0
                00:00:04.500 --> 00:00:08.000
                <v Alex>Not great, honestly.
                I keep waking up at 3 a.m.</v>
                """);
        assertEquals(2, s.size());
        assertEquals(new TranscriptSegment(1.25, 4.0, "Dr. Jane Smith", "How have you been sleeping?"), s.get(0));
        assertEquals(new TranscriptSegment(4.5, 8.0, "Alex", "Not great, honestly. I keep waking up at 3 a.m."),
                s.get(1));
    }

    @Test
    void zoomSpeakerPrefixesAndCueNumbers() throws Exception {
        List<TranscriptSegment> s = vtt("""
                WEBVTT

                1
                00:00:00.000 --> 00:00:02.500
                Jane Smith: Good morning.

                2
                00:00:02.600 --> 00:01:05.120
                Alex Doe: Morning. So here's the thing: I'm tired.
                """);
        assertEquals("Jane Smith", s.get(0).speaker());
        assertEquals("Good morning.", s.get(0).text());
        assertEquals("Alex Doe", s.get(1).speaker());
        assertEquals("Morning. So here's the thing: I'm tired.", s.get(1).text());
        assertEquals(65.12, s.get(1).end(), 1e-9);
    }

    @Test
    void aCueSharedByTwoVoicesIsSplitByTextLength() throws Exception {
        List<TranscriptSegment> s = vtt("""
                WEBVTT

                00:10.000 --> 00:14.000
                <v Ann>Yes.</v> <v Bob>No, not at all.</v>
                """);
        assertEquals(2, s.size());
        assertEquals("Ann", s.get(0).speaker());
        assertEquals("Bob", s.get(1).speaker());
        assertEquals(10.0, s.get(0).start(), 1e-9);
        assertEquals(s.get(0).end(), s.get(1).start(), 1e-9);
        assertEquals(14.0, s.get(1).end(), 1e-9);
        assertTrue(s.get(0).duration() < s.get(1).duration(), "shorter text, shorter time");
    }

    @Test
    void bomCrlfSettingsNotesStylesTagsAndEntitiesAreTolerated() throws Exception {
        String file = "\uFEFFWEBVTT - Doxy.me session\r\nKind: captions\r\nLanguage: en\r\n\r\n"
                + "STYLE\r\n::cue { color: yellow }\r\n\r\n"
                + "NOTE exported by the platform\r\nsecond note line\r\n\r\n"
                + "00:00:01.000 --> 00:00:03.000 align:start position:10% line:90%\r\n"
                + "<c.yellow><b>I&apos;m</b> <i>fine</i></c> &amp; <00:00:02.000>calm&nbsp;now\r\n\r\n"
                + "00:00:03.000 --> 00:00:04.000\r\n>> Thank you &lt;3\r\n";
        List<TranscriptSegment> s = vtt(file);
        assertEquals(2, s.size());
        assertEquals("I'm fine & calm now", s.get(0).text());
        assertNull(s.get(0).speaker());
        assertEquals("Thank you <3", s.get(1).text());
    }

    @Test
    void srtWithSpeakersMultiLineCuesAndCarriageReturns() throws Exception {
        List<TranscriptSegment> s = srt("1\r\n00:00:00,500 --> 00:00:03,000\r\nTherapist: What brings you in today?\r\n\r\n"
                + "2\r\n00:00:03,200 --> 00:00:07,900\r\nClient: I've been feeling\r\nreally anxious lately.\r\n\r\n"
                + "3\r\n00:00:08,000 --> 00:00:09,000\r\n{\\an8}<font color=\"#ffffff\">Okay.</font>\r\n");
        assertEquals(3, s.size());
        assertEquals(new TranscriptSegment(0.5, 3.0, "Therapist", "What brings you in today?"), s.get(0));
        assertEquals(new TranscriptSegment(3.2, 7.9, "Client", "I've been feeling really anxious lately."), s.get(1));
        assertEquals(new TranscriptSegment(8.0, 9.0, null, "Okay."), s.get(2));
    }

    @Test
    void aBlankLineInsideAnSrtCueContinuesItsText() throws Exception {
        List<TranscriptSegment> s = srt("""
                1
                00:00:01,000 --> 00:00:02,000
                first part

                second part

                2
                00:00:02,000 --> 00:00:03,000
                next cue
                """);
        assertEquals(List.of("first part second part", "next cue"), s.stream().map(TranscriptSegment::text).toList());
    }

    @Test
    void lowerCasePhrasesWithColonsAreNotSpeakers() throws Exception {
        List<TranscriptSegment> s = srt("""
                1
                00:00:01,000 --> 00:00:02,000
                the thing is: nobody asked me
                """);
        assertNull(s.get(0).speaker());
        assertEquals("the thing is: nobody asked me", s.get(0).text());
    }

    @Test
    void cuesOutOfOrderAreSortedAndEmptyCuesDropped() throws Exception {
        List<TranscriptSegment> s = vtt("""
                WEBVTT

                00:05.000 --> 00:06.000
                later

                00:01.000 --> 00:02.000
                earlier

                00:03.000 --> 00:04.000
                <i> </i>
                """);
        assertEquals(List.of("earlier", "later"), s.stream().map(TranscriptSegment::text).toList());
    }

    @Test
    void hoursAndLongSessionsParse() throws Exception {
        List<TranscriptSegment> s = srt("1\n01:02:03,456 --> 01:02:05,000\nstill here\n");
        assertEquals(3723.456, s.get(0).start(), 1e-9);
    }

    @Test
    void malformedTimestampsAreErrorsNamingTheLine() {
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class, () -> srt("""
                1
                00:00:01,000 --> 00:00:02,000
                fine

                2
                00:00:0x,000 --> 00:00:03,000
                broken
                """));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("malformed timestamp '00:00:0x,000'"), e.getMessage());

        TranscriptFormatException minutes = assertThrows(TranscriptFormatException.class,
                () -> vtt("WEBVTT\n\n00:61.000 --> 01:02.000\ntext\n"));
        assertTrue(minutes.getMessage().contains("line 3"), minutes.getMessage());

        TranscriptFormatException arrow = assertThrows(TranscriptFormatException.class,
                () -> srt("1\n00:00:01,000 -> 00:00:02,000\ntext\n"));
        assertTrue(arrow.getMessage().contains("line 2: malformed cue timing"), arrow.getMessage());

        TranscriptFormatException backwards = assertThrows(TranscriptFormatException.class,
                () -> vtt("WEBVTT\n\n00:05.000 --> 00:04.000\ntext\n"));
        assertTrue(backwards.getMessage().contains("ends (00:04.000) before it starts"), backwards.getMessage());
    }

    @Test
    void filesThatAreNotCaptionsAreErrors() {
        TranscriptFormatException header = assertThrows(TranscriptFormatException.class,
                () -> vtt("00:01.000 --> 00:02.000\ntext\n"));
        assertTrue(header.getMessage().contains("must start with 'WEBVTT'"), header.getMessage());

        TranscriptFormatException prose = assertThrows(TranscriptFormatException.class,
                () -> srt("Session notes\nThe client seemed well.\n"));
        assertTrue(prose.getMessage().contains("line 1: text before the first cue"), prose.getMessage());
    }

    @Test
    void readDetectsTheFormatFromContentThenExtension() throws Exception {
        Path vtt = Files.writeString(dir.resolve("zoom-export.txt"), "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n");
        Path srt = Files.writeString(dir.resolve("teams.srt"), "1\n00:00:01,000 --> 00:00:02,000\nhi\n");
        Path cp1252 = Files.write(dir.resolve("old.srt"),
                "1\n00:00:01,000 --> 00:00:02,000\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Just some notes\n");
        assertEquals(CaptionParser.Format.WEBVTT, CaptionParser.read(vtt).format());
        assertEquals(CaptionParser.Format.SRT, CaptionParser.read(srt).format());
        assertEquals("caf\u00e9", CaptionParser.read(cp1252).segments().get(0).text());
        assertThrows(TranscriptFormatException.class, () -> CaptionParser.read(notes));
    }

    @Test
    void utf16WithAndWithoutBomIsDecoded() throws Exception {
        String text = "WEBVTT\n\n00:01.000 --> 00:02.000\nSch\u00f6n, danke.\n";
        Path le = Files.write(dir.resolve("le.vtt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        Path be = Files.write(dir.resolve("be.vtt"), text.getBytes(StandardCharsets.UTF_16)); // Java writes a BE BOM
        Path bare = Files.write(dir.resolve("bare.vtt"), text.getBytes(StandardCharsets.UTF_16LE));
        for (Path p : List.of(le, be, bare)) {
            assertEquals("Sch\u00f6n, danke.", CaptionParser.read(p).segments().get(0).text(), p.toString());
        }
    }

    @Test
    void malformedCuesAreSkippedAndCountedWhileTheOthersAreKept() throws Exception {
        Path f = Files.writeString(dir.resolve("t.srt"), """
                1
                00:00:01,000 --> 00:00:02,000
                fine

                2
                00:00:0x,000 --> 00:00:03,000
                broken

                3
                00:00:09,000 --> 00:00:04,000
                backwards

                4
                00:00:10,000 --> 00:00:11,000
                also fine
                """);
        CaptionParser.Captions c = CaptionParser.read(f);
        assertEquals(List.of("fine", "also fine"), c.segments().stream().map(TranscriptSegment::text).toList());
        assertEquals(2, c.skippedCues());
        assertTrue(c.problems().get(0).startsWith("line 6: malformed timestamp"), c.problems().toString());
        assertEquals(11.0, c.end());
    }

    @Test
    void emptyAllMalformedAndOversizedFilesAreErrorsSayingWhy() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.vtt"), "");
        assertTrue(assertThrows(TranscriptFormatException.class, () -> CaptionParser.read(empty)).getMessage()
                .contains("empty"));
        Path bad = Files.writeString(dir.resolve("bad.srt"), "1\n00:00:0x,000 --> 00:00:03,000\nbroken\n");
        TranscriptFormatException none = assertThrows(TranscriptFormatException.class, () -> CaptionParser.read(bad));
        assertTrue(none.getMessage().contains("1 malformed cue and no readable one"), none.getMessage());
        Path big = dir.resolve("big.srt");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; sb.length() <= CaptionParser.MAX_BYTES; i++) {
            sb.append(i).append("\n00:00:01,000 --> 00:00:02,000\nwords words words words words words words\n\n");
        }
        Files.writeString(big, sb);
        TranscriptFormatException large = assertThrows(TranscriptFormatException.class, () -> CaptionParser.read(big));
        assertTrue(large.getMessage().contains("more than the 2048 KiB"), large.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
