package org.emodisparity.model.captions;

import java.io.IOException;

/** An uploaded transcript that cannot be read as WebVTT or SRT; the message names the line. */
public class TranscriptFormatException extends IOException {
    private final int line;

    public TranscriptFormatException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
