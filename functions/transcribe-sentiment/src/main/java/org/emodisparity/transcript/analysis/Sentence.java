package org.emodisparity.transcript.analysis;

/** One sentence of the transcript: its position, time span (seconds from media start), speaker (or null) and text. */
public record Sentence(int index, double start, double end, String speaker, String text) {

    public Sentence {
        if (!(end >= start) || start < 0) {
            throw new IllegalArgumentException("invalid sentence time [" + start + ", " + end + "]");
        }
    }
}
