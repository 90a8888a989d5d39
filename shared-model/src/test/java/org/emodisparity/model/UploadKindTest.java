package org.emodisparity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UploadKindTest {
    @Test
    void filesOfASessionAreClassifiedByName() {
        assertEquals(UploadKind.RECORDING, UploadKind.of("video.mp4"));
        assertEquals(UploadKind.RECORDING, UploadKind.of("b.mpg"));
        assertEquals(UploadKind.TRANSCRIPT, UploadKind.of("transcript.VTT"));
        assertEquals(UploadKind.TRANSCRIPT, UploadKind.of("x.srt"));
        assertEquals(UploadKind.PARTICIPANT_AUDIO, UploadKind.of("participant-Dr Lee.m4a"));
        assertEquals(UploadKind.SPEAKER_TIMELINE, UploadKind.of("timeline.json"));
        assertEquals(UploadKind.SPEAKER_TIMELINE, UploadKind.of("meeting_timeline_1.json"));
        assertEquals(UploadKind.SESSION_OPTIONS, UploadKind.of("session.json"));
        assertEquals(UploadKind.CLINICIAN_VOICE, UploadKind.of("clinician-voice.wav"));
        assertEquals(UploadKind.OTHER, UploadKind.of("notes.txt"));
        assertEquals(UploadKind.OTHER, UploadKind.of("Intake Form.PDF"));
        assertEquals(UploadKind.OTHER, UploadKind.of(".DS_Store"));
        assertEquals(UploadKind.OTHER, UploadKind.of("metadata.json"));
        assertTrue(!UploadKind.OTHER.isRecording());
        assertTrue(UploadKind.RECORDING.isRecording());
        assertTrue(!UploadKind.TRANSCRIPT.isRecording());
        assertEquals(Optional.of("Dr Lee"), UploadKind.participantLabel("participant-Dr Lee.m4a"));
        assertEquals(Optional.empty(), UploadKind.participantLabel("participant-.m4a"));
    }

    @Test
    void sessionOptionsAreValidated() {
        assertEquals("Ann", new SessionOptions(" Ann ", 2, "c-17").clientSpeaker());
        assertThrows(IllegalArgumentException.class, () -> new SessionOptions(" ", null, null));
        assertThrows(IllegalArgumentException.class, () -> new SessionOptions(null, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new SessionOptions(null, 9, null));
        assertThrows(IllegalArgumentException.class, () -> new SessionOptions(null, null, "../x"));
        assertEquals(new SessionOptions("Ann", 2, null),
                Contract.fromJson(Contract.toJson(new SessionOptions("Ann", 2, null)), SessionOptions.class));
    }
}
