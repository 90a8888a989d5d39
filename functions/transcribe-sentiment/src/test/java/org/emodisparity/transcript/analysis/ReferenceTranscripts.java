package org.emodisparity.transcript.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emodisparity.fixtures.SharedMedia;

/**
 * The shared speech clips with their reference transcripts, written as the caption files a telehealth platform
 * would upload: the LibriVox clips' sphinx-format {@code transcription} lines ({@code <s> text </s> (utt-id)}) and
 * jfk.wav's known text. Cue times are plausible rather than aligned: the speech is spread evenly over the clip
 * minus a short lead-in and tail, split into cues of at most {@code wordsPerCue} words.
 */
final class ReferenceTranscripts {
    private static final Pattern SPHINX = Pattern.compile("<s>\\s*(.*?)\\s*</s>\\s*\\((.+)\\)");

    /** One clip: its audio and reference text. */
    record Clip(String id, Path wav, String text) {
    }

    private ReferenceTranscripts() {
    }

    static List<Clip> librivox() throws IOException {
        Path dir = SharedMedia.file("media/speech/librivox/transcription").getParent();
        List<Clip> clips = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("transcription"), StandardCharsets.UTF_8)) {
            Matcher m = SPHINX.matcher(line.strip());
            if (m.matches()) {
                clips.add(new Clip(m.group(2), dir.resolve(m.group(2) + ".wav"), m.group(1)));
            }
        }
        return clips;
    }

    static Clip jfk() {
        return new Clip("jfk", SharedMedia.jfkWav(), WhisperTranscriberTest.JFK_TEXT);
    }

    /** A WebVTT file with a speaker voice span per cue. */
    static Path writeVtt(Clip clip, String speaker, double durationSeconds, Path dir) throws IOException {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        int n = 1;
        for (double[] cue : cueTimes(clip.text(), durationSeconds)) {
            vtt.append(n++).append('\n').append(time(cue[0], '.')).append(" --> ").append(time(cue[1], '.'))
                    .append('\n').append("<v ").append(speaker).append('>').append(cueText(clip.text(), cue))
                    .append("</v>\n\n");
        }
        return Files.writeString(dir.resolve(clip.id() + ".vtt"), vtt.toString(), StandardCharsets.UTF_8);
    }

    /** An SRT file with "Speaker: " prefixes and CRLF line ends, as Windows exports write them. */
    static Path writeSrt(Clip clip, String speaker, double durationSeconds, Path dir) throws IOException {
        StringBuilder srt = new StringBuilder();
        int n = 1;
        for (double[] cue : cueTimes(clip.text(), durationSeconds)) {
            srt.append(n++).append("\r\n").append(time(cue[0], ',')).append(" --> ").append(time(cue[1], ','))
                    .append("\r\n").append(speaker).append(": ").append(cueText(clip.text(), cue)).append("\r\n\r\n");
        }
        return Files.writeString(dir.resolve(clip.id() + ".srt"), srt.toString(), StandardCharsets.UTF_8);
    }

    private static final int WORDS_PER_CUE = 8;

    /** Per cue: start, end, first word index, end word index. */
    private static List<double[]> cueTimes(String text, double duration) {
        String[] words = text.split("\\s+");
        double from = Math.min(0.3, duration * 0.05);
        double to = duration - Math.min(0.3, duration * 0.05);
        List<double[]> cues = new ArrayList<>();
        for (int w = 0; w < words.length; w += WORDS_PER_CUE) {
            int end = Math.min(words.length, w + WORDS_PER_CUE);
            cues.add(new double[] {from + (to - from) * w / words.length, from + (to - from) * end / words.length,
                    w, end});
        }
        return cues;
    }

    private static String cueText(String text, double[] cue) {
        String[] words = text.split("\\s+");
        return String.join(" ", Arrays.copyOfRange(words, (int) cue[2], (int) cue[3]));
    }

    private static String time(double seconds, char separator) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                separator, ms % 1000);
    }
}
