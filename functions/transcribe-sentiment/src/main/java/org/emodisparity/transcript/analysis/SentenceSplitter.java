package org.emodisparity.transcript.analysis;

import org.emodisparity.model.captions.TranscriptSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns transcript segments into sentences with start and end times.
 *
 * <p>Boundaries: {@code .}, {@code ?}, {@code !}, {@code …} (optionally followed by closing quotes or brackets)
 * before white space or the end of the text. A period is no boundary after a title or initial ("Dr. Smith",
 * "J. K. Rowling"), after "e.g."/"i.e."/"vs."/"cf.", or when the next word starts in lower case ("approx. ten");
 * an ellipsis ends a sentence only when a capitalised word follows ("I just... I can't").
 *
 * <p>Captions and Whisper segments often break mid-sentence, so a segment that does not end a sentence continues
 * into the next one when the speaker is the same and the pause is at most {@code joinGapSeconds}; a sentence is
 * also closed once it exceeds {@code maxChars} (for transcripts without punctuation).
 *
 * <p>Times: within a segment, time is spread over its characters in proportion (a segment's text is assumed
 * spoken at an even rate); a sentence runs from its first character's start to its last character's end.
 * (Whisper token timestamps would be finer, but whisper-jni 1.7.1 exposes only segment times.)
 */
public final class SentenceSplitter {
    /** Titles and abbreviations after which a period never ends a sentence. */
    private static final Set<String> NEVER_FINAL = Set.of("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt",
            "rev", "gen", "capt", "lt", "col", "sgt", "e.g", "i.e", "eg", "ie", "vs", "cf", "fig", "approx",
            "dept", "est", "inc", "ltd", "co");

    private final double joinGapSeconds;
    private final int maxChars;

    public SentenceSplitter(double joinGapSeconds, int maxChars) {
        if (joinGapSeconds < 0 || maxChars < 1) {
            throw new IllegalArgumentException("joinGapSeconds >= 0 and maxChars >= 1 required");
        }
        this.joinGapSeconds = joinGapSeconds;
        this.maxChars = maxChars;
    }

    /** Join across pauses up to 1.5 s; close a sentence at 400 characters. */
    public static SentenceSplitter defaults() {
        return new SentenceSplitter(1.5, 400);
    }

    /** A stretch of one segment's text: characters [from, to). */
    private record Piece(TranscriptSegment segment, int from, int to) {
        double startTime() {
            return timeAt(from);
        }

        double endTime() {
            return timeAt(to);
        }

        private double timeAt(int index) {
            int length = segment.text().length();
            return length == 0 ? segment.start() : segment.start() + segment.duration() * index / length;
        }

        String text() {
            return segment.text().substring(from, to);
        }
    }

    public List<Sentence> split(List<TranscriptSegment> segments) {
        List<Sentence> sentences = new ArrayList<>();
        List<Piece> open = new ArrayList<>();
        TranscriptSegment previous = null;
        for (TranscriptSegment segment : segments) {
            if (previous != null && (!Objects.equals(previous.speaker(), segment.speaker())
                    || segment.start() - previous.end() > joinGapSeconds)) {
                close(open, sentences);
            }
            String text = segment.text();
            int from = 0;
            for (int end : boundaries(text)) {
                open.add(new Piece(segment, from, end));
                close(open, sentences);
                from = end;
            }
            if (from < text.length()) {
                open.add(new Piece(segment, from, text.length()));
            }
            if (open.stream().mapToInt(p -> p.to() - p.from()).sum() >= maxChars) {
                close(open, sentences);
            }
            previous = segment;
        }
        close(open, sentences);
        return sentences;
    }

    /** Emits the open pieces as one sentence (if they hold any text) and clears them. */
    private static void close(List<Piece> open, List<Sentence> sentences) {
        StringBuilder text = new StringBuilder();
        Piece first = null;
        Piece last = null;
        for (Piece p : open) {
            // Trim each piece to its non-blank characters so times start and end on speech.
            int from = p.from();
            int to = p.to();
            String s = p.segment().text();
            while (from < to && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                continue;
            }
            Piece trimmed = new Piece(p.segment(), from, to);
            if (first == null) {
                first = trimmed;
            }
            last = trimmed;
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(trimmed.text());
        }
        open.clear();
        if (first != null) {
            sentences.add(new Sentence(sentences.size(), first.startTime(), last.endTime(), first.segment().speaker(),
                    text.toString()));
        }
    }

    /** End offsets (exclusive) of the sentences that end inside {@code text}. */
    static List<Integer> boundaries(String text) {
        List<Integer> ends = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && ".?!…".indexOf(text.charAt(end)) >= 0) {
                end++; // "?!", "...", "!!!"
            }
            while (end < n && "\"'”’)]»".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end < n && !Character.isWhitespace(text.charAt(end))) {
                i = end - 1; // "3.5", "U.S.", "e.g.," — no boundary
                continue;
            }
            if (isBoundary(text, i, end)) {
                ends.add(end);
            }
            i = end - 1;
        }
        return ends;
    }

    /** Punctuation run text[i, end) followed by white space or the end: does it close a sentence? */
    private static boolean isBoundary(String text, int i, int end) {
        String run = text.substring(i, end);
        boolean question = run.indexOf('?') >= 0 || run.indexOf('!') >= 0;
        if (question) {
            return true;
        }
        char next = nextWordStart(text, end);
        boolean ellipsis = run.startsWith("…") || run.startsWith("..");
        if (ellipsis) {
            return next == 0 || Character.isUpperCase(next);
        }
        if (next != 0 && (Character.isLowerCase(next))) {
            return false;
        }
        String word = wordBefore(text, i).toLowerCase(Locale.ROOT);
        if (NEVER_FINAL.contains(word)) {
            return false;
        }
        // A single capital letter: an initial ("J. K. Rowling").
        return !(word.length() == 1 && Character.isLetter(word.charAt(0)) && next != 0);
    }

    private static char nextWordStart(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return 0;
    }

    /** The word ending at {@code i} (exclusive), dots inside it kept ("e.g"). */
    private static String wordBefore(String text, int i) {
        int k = i;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        return text.substring(k, i);
    }
}
