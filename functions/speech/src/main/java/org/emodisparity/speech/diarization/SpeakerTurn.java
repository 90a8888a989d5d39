package org.emodisparity.speech.diarization;

/** A stretch of speech of one speaker, [start, end) seconds; speakers are numbered 0.. by first appearance. */
public record SpeakerTurn(int speaker, double start, double end) {
    public SpeakerTurn {
        if (speaker < 0 || !(start >= 0) || !(end > start)) {
            throw new IllegalArgumentException("invalid turn " + speaker + " [" + start + ", " + end + ")");
        }
    }

    public double duration() {
        return end - start;
    }
}
