package org.emodisparity.model.captions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue timestamps of WebVTT ({@code [hh:]mm:ss.ttt}) and SRT ({@code hh:mm:ss,ttt}). Either decimal separator is
 * accepted in both (exporters mix them up), as are 1–3 fraction digits; minutes and seconds must be below 60.
 */
final class CueTimestamp {
    private static final Pattern TIME = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,3}))?");

    private CueTimestamp() {
    }

    /** Seconds; a malformed value is a {@link TranscriptFormatException} naming the line and the text. */
    static double parse(String text, int line) throws TranscriptFormatException {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new TranscriptFormatException(line, "malformed timestamp '" + text.strip()
                    + "' (expected hh:mm:ss.mmm, or hh:mm:ss,mmm in SRT)");
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        int seconds = Integer.parseInt(m.group(3));
        if (minutes >= 60 || seconds >= 60) {
            throw new TranscriptFormatException(line, "malformed timestamp '" + text.strip()
                    + "': minutes and seconds must be below 60");
        }
        double fraction = m.group(4) == null ? 0 : Double.parseDouble("0." + m.group(4));
        return hours * 3600.0 + minutes * 60.0 + seconds + fraction;
    }
}
