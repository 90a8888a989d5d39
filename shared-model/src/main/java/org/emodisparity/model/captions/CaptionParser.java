package org.emodisparity.model.captions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads uploaded caption files, WebVTT and SRT as telehealth platforms export them, into transcript segments.
 * The one caption reader of the project: the transcript stage reads the words, the segmenter the speakers' turns.
 *
 * <p>Tolerated: a UTF-8 byte-order mark, CRLF or CR line ends, cue ids (VTT) and cue numbers (SRT), cue settings
 * after the end time ({@code align:start position:10%}), NOTE/STYLE/REGION blocks, multi-line cues, markup
 * ({@link CueText}), a blank line inside a cue's text, and cues out of order. Errors, each naming the line: a
 * malformed timestamp, a cue that ends before it starts, text before the first cue, a VTT file whose first line is
 * not {@code WEBVTT}.
 */
public final class CaptionParser {
    /** A line that tries to be a cue timing but has no proper "-->" (e.g. "00:00:01,000 -> 00:00:02,000"). */
    private static final Pattern TIMING_ATTEMPT = Pattern.compile("^\\s*(\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}\\b.*");
    private static final Pattern CUE_NUMBER = Pattern.compile("\\d+");

    public enum Format {
        WEBVTT, SRT
    }

    /** The largest caption file read (2 MiB: about 30 hours of dense speech); a larger file is refused. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    /**
     * A parsed caption file: its format, its segments in time order (one per speaker run of a cue), how many cues
     * were skipped as malformed, and what was wrong with the first of them (line numbers, at most five).
     */
    public record Captions(Format format, List<TranscriptSegment> segments, int skippedCues, List<String> problems) {
        public Captions {
            segments = List.copyOf(segments);
            problems = problems == null ? List.of() : List.copyOf(problems);
        }

        public Captions(Format format, List<TranscriptSegment> segments) {
            this(format, segments, 0, List.of());
        }

        /** The latest time any cue reaches, 0 without cues. */
        public double end() {
            return segments.stream().mapToDouble(TranscriptSegment::end).max().orElse(0);
        }

        /** Whether no segment holds any text. */
        public boolean isEmpty() {
            return segments.stream().allMatch(s -> s.text().isBlank());
        }
    }

    private CaptionParser() {
    }

    /**
     * Reads a caption file; the format comes from its content ({@code WEBVTT} header) or else its extension. The
     * encoding is UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark or without one when
     * every other byte is zero, else Windows-1252. A cue with a malformed timing is skipped and counted
     * ({@link Captions#skippedCues()}); a file in which no cue is readable, an empty file and a file larger than
     * {@link #MAX_BYTES} are a {@link TranscriptFormatException} saying why.
     */
    public static Captions read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new TranscriptFormatException(0, "the transcript is " + (size / 1024) + " KiB, more than the "
                    + (MAX_BYTES / 1024) + " KiB a caption file may have");
        }
        String content = decode(Files.readAllBytes(file));
        if (stripBom(content).isBlank()) {
            throw new TranscriptFormatException(0, "the transcript file is empty");
        }
        Format format = detect(content, file.getFileName().toString());
        List<TranscriptFormatException> problems = new ArrayList<>();
        List<TranscriptSegment> segments = parse(content, format, problems);
        if (!problems.isEmpty() && segments.stream().allMatch(seg -> seg.text().isBlank())) {
            TranscriptFormatException first = problems.get(0);
            throw new TranscriptFormatException(first.line(), problems.size() + " malformed cue"
                    + (problems.size() == 1 ? "" : "s") + " and no readable one; first: "
                    + first.getMessage().replaceFirst("^line \\d+: ", ""));
        }
        return new Captions(format, segments, problems.size(),
                problems.stream().limit(5).map(Throwable::getMessage).toList());
    }

    static Format detect(String content, String fileName) throws TranscriptFormatException {
        String start = stripBom(content).stripLeading();
        if (start.startsWith("WEBVTT")) {
            return Format.WEBVTT;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".vtt")) {
            return Format.WEBVTT; // parse reports the missing header
        }
        if (name.endsWith(".srt") || start.isEmpty() || CUE_NUMBER.matcher(start.lines().findFirst().orElse("").strip())
                .matches()) {
            return Format.SRT;
        }
        throw new TranscriptFormatException(0, "not a WebVTT or SRT transcript (" + fileName + "): expected a"
                + " WEBVTT header or an SRT cue number on the first line");
    }

    /** Parses strictly: the first malformed cue is an error. */
    public static List<TranscriptSegment> parse(String content, Format format) throws TranscriptFormatException {
        return parse(content, format, null);
    }

    /**
     * Parses; with {@code skipped} not null a cue whose timing is malformed (or ends before it starts) is left
     * out and its error added there, and the other cues are kept.
     */
    static List<TranscriptSegment> parse(String content, Format format, List<TranscriptFormatException> skipped)
            throws TranscriptFormatException {
        String[] lines = stripBom(content).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int i = 0;
        if (format == Format.WEBVTT) {
            if (lines.length == 0 || !lines[0].matches("WEBVTT([ \\t].*)?")) {
                throw new TranscriptFormatException(1, "a WebVTT file must start with 'WEBVTT'");
            }
            // The header (WEBVTT line plus optional metadata) ends at the first blank line.
            while (i < lines.length && !lines[i].isBlank()) {
                i++;
            }
        }
        List<Cue> cues = new ArrayList<>();
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            List<String> block = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank()) {
                block.add(lines[i]);
                i++;
            }
            try {
                readBlock(block, blockStart + 1, format, cues);
            } catch (TranscriptFormatException e) {
                if (skipped == null || e.getMessage().contains("text before the first cue")) {
                    throw e;
                }
                skipped.add(e);
            }
        }
        List<TranscriptSegment> segments = new ArrayList<>();
        for (Cue cue : cues) {
            segments.addAll(cue.segments());
        }
        segments.sort(Comparator.comparingDouble(TranscriptSegment::start));
        return segments;
    }

    /** A cue with its timing line number (for messages) and its text lines. */
    private record Cue(double start, double end, List<String> lines) {
        /** One segment per speaker run; a cue shared by several speakers is split by text length. */
        List<TranscriptSegment> segments() {
            List<CueText.Run> runs = CueText.parse(lines);
            int total = runs.stream().mapToInt(r -> r.text().length()).sum();
            List<TranscriptSegment> out = new ArrayList<>();
            double t = start;
            int chars = 0;
            for (CueText.Run r : runs) {
                chars += r.text().length();
                double until = total == 0 ? end : start + (end - start) * chars / total;
                out.add(new TranscriptSegment(t, until, r.speaker(), r.text()));
                t = until;
            }
            return out;
        }
    }

    private static void readBlock(List<String> block, int firstLine, Format format, List<Cue> cues)
            throws TranscriptFormatException {
        String first = block.get(0).strip();
        if (format == Format.WEBVTT && !first.contains("-->")
                && (first.matches("NOTE([ \\t].*)?") || first.equals("STYLE") || first.equals("REGION"))) {
            return;
        }
        // The timing line is the first line, or the second after a cue id / cue number.
        int timing = block.get(0).contains("-->") ? 0 : block.size() > 1 && block.get(1).contains("-->") ? 1 : -1;
        if (timing < 0) {
            for (int k = 0; k < Math.min(2, block.size()); k++) {
                if (TIMING_ATTEMPT.matcher(block.get(k)).matches()) {
                    throw new TranscriptFormatException(firstLine + k, "malformed cue timing '" + block.get(k).strip()
                            + "' (expected 'start --> end')");
                }
            }
            if (cues.isEmpty()) {
                throw new TranscriptFormatException(firstLine, "text before the first cue: '" + first
                        + "' (expected a cue timing line 'start --> end')");
            }
            // A blank line inside a cue's text (seen in hand-edited SRT): the text continues the previous cue.
            Cue previous = cues.remove(cues.size() - 1);
            List<String> lines = new ArrayList<>(previous.lines());
            lines.addAll(block);
            cues.add(new Cue(previous.start(), previous.end(), lines));
            return;
        }
        int lineNo = firstLine + timing;
        String[] parts = block.get(timing).split("-->", -1);
        if (parts.length != 2) {
            throw new TranscriptFormatException(lineNo, "malformed cue timing '" + block.get(timing).strip() + "'");
        }
        double start = CueTimestamp.parse(parts[0], lineNo);
        String[] endAndSettings = parts[1].strip().split("\\s+", 2); // cue settings follow the end time
        double end = CueTimestamp.parse(endAndSettings[0], lineNo);
        if (end < start) {
            throw new TranscriptFormatException(lineNo, "cue ends (" + endAndSettings[0] + ") before it starts ("
                    + parts[0].strip() + ")");
        }
        cues.add(new Cue(start, end, List.copyOf(block.subList(timing + 1, block.size()))));
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 4 && bytes.length % 2 == 0) {
            // UTF-16 without a byte-order mark: ASCII text has a zero in every other byte
            int zeroEven = 0;
            int zeroOdd = 0;
            for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
                if (bytes[i] == 0) {
                    if (i % 2 == 0) {
                        zeroEven++;
                    } else {
                        zeroOdd++;
                    }
                }
            }
            int pairs = Math.min(bytes.length, 4096) / 2;
            if (zeroOdd > pairs * 0.6 && zeroEven == 0) {
                return new String(bytes, StandardCharsets.UTF_16LE);
            }
            if (zeroEven > pairs * 0.6 && zeroOdd == 0) {
                return new String(bytes, StandardCharsets.UTF_16BE);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Older Windows exports are often Windows-1252; every byte sequence decodes there.
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
