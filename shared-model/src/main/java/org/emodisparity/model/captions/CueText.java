package org.emodisparity.model.captions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one caption cue as spoken words and speakers. Telehealth exports name speakers in two ways: WebVTT
 * voice spans ({@code <v Jane Doe>Hello</v>}, Teams) and a {@code Name: } prefix (Zoom, many SRT files). Other
 * markup is dropped: tags ({@code <b>}, {@code <i>}, {@code <c.yellow>}, {@code <00:01.500>}, {@code <font ...>}),
 * ASS overrides ({@code {\an8}}), {@code >>} speaker-change marks, and HTML entities are decoded.
 */
final class CueText {
    /** A run of text by one speaker (null when unnamed). */
    record Run(String speaker, String text) {
    }

    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?(?:\\s+([^>]*))?>");
    private static final Pattern VOICE_END = Pattern.compile("</v\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^}]*}");
    /**
     * "Jane Doe: ", "Dr. Smith: ", "Speaker 1: ", "SPEAKER_00: ": one to four words, each starting with a capital
     * letter or digit, at least one letter, at most 40 characters, then a colon and a space. Lower-case phrases such
     * as "so here's the thing: " are not speakers.
     */
    private static final Pattern SPEAKER_PREFIX = Pattern.compile(
            "^((?=[^:]*\\p{L})[\\p{Lu}\\p{Lt}\\d][\\p{L}\\p{M}\\d.'’_\\-]*(?:[ \\t]+[\\p{Lu}\\p{Lt}\\d(][\\p{L}\\p{M}\\d.'’_\\-()]*){0,3}):[ \\t]+(\\S.*)$");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private CueText() {
    }

    /** The cue's runs in order; adjacent runs of the same speaker are merged, empty ones dropped. */
    static List<Run> parse(List<String> lines) {
        List<Run> runs = new ArrayList<>();
        String speaker = null;
        for (String line : lines) {
            // Split the line at voice tags; the text after <v Name> belongs to Name until </v> or the next <v>.
            int pos = 0;
            Matcher voice = VOICE.matcher(line);
            boolean voiced = false;
            while (voice.find()) {
                addVoiced(runs, speaker, line.substring(pos, voice.start()));
                speaker = voice.group(1) == null ? null : clean(voice.group(1));
                voiced = true;
                pos = voice.end();
            }
            String rest = line.substring(pos);
            Matcher end = VOICE_END.matcher(rest);
            if (end.find()) {
                addVoiced(runs, speaker, rest.substring(0, end.start()));
                speaker = null;
                rest = rest.substring(end.end());
            }
            if (voiced || speaker != null) {
                addVoiced(runs, speaker, rest);
            } else {
                addUnvoiced(runs, rest);
            }
        }
        return merge(runs);
    }

    private static void addVoiced(List<Run> runs, String speaker, String raw) {
        String text = clean(raw);
        if (!text.isEmpty()) {
            runs.add(new Run(speaker == null || speaker.isEmpty() ? null : speaker, text));
        }
    }

    /** A line without voice tags: a "Name: " prefix starts a new speaker, otherwise the previous one continues. */
    private static void addUnvoiced(List<Run> runs, String raw) {
        String text = clean(raw);
        if (text.isEmpty()) {
            return;
        }
        Matcher prefix = SPEAKER_PREFIX.matcher(text);
        if (prefix.matches() && prefix.group(1).length() <= 40) {
            runs.add(new Run(prefix.group(1), prefix.group(2).strip()));
        } else {
            String previous = runs.isEmpty() ? null : runs.get(runs.size() - 1).speaker();
            runs.add(new Run(previous, text));
        }
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        for (Run r : runs) {
            if (!merged.isEmpty() && Objects.equals(merged.get(merged.size() - 1).speaker(), r.speaker())) {
                Run last = merged.remove(merged.size() - 1);
                merged.add(new Run(r.speaker(), last.text() + " " + r.text()));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** Markup removed, entities decoded, whitespace collapsed. */
    static String clean(String raw) {
        String s = TAG.matcher(raw).replaceAll("");
        s = ASS_OVERRIDE.matcher(s).replaceAll("");
        s = decodeEntities(s);
        s = s.replace('\u00A0', ' ').replace("\u200E", "").replace("\u200F", "");
        s = s.replaceAll("^\\s*>>\\s*", "");
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = NUMERIC_ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replace("&lrm;", "").replace("&rlm;", "").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
