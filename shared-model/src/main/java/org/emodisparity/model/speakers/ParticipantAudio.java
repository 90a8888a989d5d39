package org.emodisparity.model.speakers;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The participants' own audio of a session, as the segmenter extracted it from {@code participant-{label}.*}
 * uploads (Zoom records one audio file per participant, aligned with the recording), or from the recording's own
 * audio streams when it has one per participant ({@code streamIndex} set):
 * {@code work/{clinic}/{session}/participants.json}.
 */
public record ParticipantAudio(List<Participant> participants) {
    public ParticipantAudio {
        participants = List.copyOf(participants);
    }

    /**
     * @param label the person as the upload names them ({@code participant-Ann.m4a} → "Ann")
     * @param audioKey the extracted 16 kHz mono WAV, or null when the file could not be read
     * @param problem why the file could not be read, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(String label, String audioKey, String problem, Integer streamIndex) {
        public Participant(String label, String audioKey, String problem) {
            this(label, audioKey, problem, null);
        }
    }

    /** Whether the participants' audio came from the recording's own audio streams (one person each). */
    public boolean fromRecordingStreams() {
        return participants.stream().anyMatch(p -> p.streamIndex() != null);
    }

    public List<Participant> usable() {
        return participants.stream().filter(p -> p.audioKey() != null).toList();
    }
}
