package org.emodisparity.speech.diarization;

import java.util.List;

/**
 * Who spoke when: the number of speakers found, their turns in time order, and what the diarisation could not do
 * (in words, for the report).
 */
public record Diarization(int speakers, List<SpeakerTurn> turns, List<String> notes) {
    public Diarization {
        turns = List.copyOf(turns);
        notes = List.copyOf(notes);
    }

    /** Seconds of speech given to {@code speaker}. */
    public double seconds(int speaker) {
        return turns.stream().filter(t -> t.speaker() == speaker).mapToDouble(SpeakerTurn::duration).sum();
    }
}
