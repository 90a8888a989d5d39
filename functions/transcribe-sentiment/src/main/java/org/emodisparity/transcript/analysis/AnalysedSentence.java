package org.emodisparity.transcript.analysis;

/**
 * A transcript sentence with its emotion: times in seconds from media start, speaker (null when the source names
 * none), text, and the text-emotion result (null when no text-emotion model is installed).
 */
public record AnalysedSentence(int index, double start, double end, String speaker, String text, TextEmotion emotion) {

    static AnalysedSentence of(Sentence s, TextEmotion emotion) {
        return new AnalysedSentence(s.index(), s.start(), s.end(), s.speaker(), s.text(), emotion);
    }

    public double duration() {
        return end - start;
    }
}
