package org.emodisparity.model.captions;

/**
 * A timed piece of transcript: one caption cue (or one speaker's part of it) or one Whisper segment. Seconds from
 * the start of the media; {@code speaker} is null when the source names none.
 */
public record TranscriptSegment(double start, double end, String speaker, String text) {

    public TranscriptSegment {
        if (!(start >= 0) || !(end >= start) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("invalid segment time [" + start + ", " + end + "]");
        }
        if (text == null) {
            throw new IllegalArgumentException("segment text is required");
        }
    }

    public double duration() {
        return end - start;
    }
}
