package org.emodisparity.model.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.speakers.SessionSpeakers.NamedTurn;
import org.emodisparity.model.speakers.SessionSpeakers.Role;
import org.emodisparity.model.speakers.SessionSpeakers.Source;
import org.emodisparity.model.speakers.SessionSpeakers.Speaker;
import org.junit.jupiter.api.Test;

class SpeakerRolesTest {
    private static final List<Speaker> TWO = SessionSpeakers.fromNamedTurns(List.of(
            new NamedTurn("Dr Lee", 0, 4), new NamedTurn("Ann Smith", 4.5, 9), new NamedTurn("dr lee", 9.2, 12)),
            Source.TRANSCRIPT, 0.3);

    private static SessionSpeakers resolve(List<Speaker> speakers, SessionOptions options, Optional<String> voice) {
        return SpeakerRoles.resolve(Source.TRANSCRIPT, speakers, options, voice, List.of());
    }

    @Test
    void theClinicNamesTheClientAndTheOtherOfTwoIsTheClinician() {
        SessionSpeakers s = resolve(TWO, new SessionOptions("ann smith", null, null), Optional.empty());
        assertEquals("S2", s.clientId());
        assertEquals(Role.CLIENT, s.byId("S2").orElseThrow().role());
        assertEquals(Role.CLINICIAN, s.byId("S1").orElseThrow().role());
        assertTrue(s.clientBasis().contains("named by the clinic"));
        // names are speakers: "Dr Lee" and "dr lee" are one speaker, its two turns kept apart
        assertEquals(2, s.speakers().size());
        assertEquals(2, s.byId("S1").orElseThrow().turns().size());
    }

    @Test
    void aClientNameNotAmongTheSpeakersIsSaidAndTheRoleStaysUnknown() {
        SessionSpeakers s = resolve(TWO, new SessionOptions("Bob", null, null), Optional.empty());
        assertNull(s.clientId());
        assertTrue(s.notes().get(0).contains("\"Bob\" is not among the speakers (\"Dr Lee\", \"Ann Smith\")"),
                s.notes().toString());
        assertTrue(s.clientBasis().startsWith("not identified"));
        assertTrue(s.speakers().stream().allMatch(x -> x.role() == Role.UNKNOWN));
    }

    @Test
    void roleWordsInTheTranscriptAndAClinicianVoiceSampleIdentifyTheClient() {
        List<Speaker> labelled = SessionSpeakers.fromNamedTurns(List.of(new NamedTurn("Therapist", 0, 3),
                new NamedTurn("Client", 3, 6)), Source.TRANSCRIPT, 0.3);
        assertEquals("S2", resolve(labelled, SessionOptions.NONE, Optional.empty()).clientId());
        List<Speaker> onlyTherapist = SessionSpeakers.fromNamedTurns(List.of(new NamedTurn("Therapist", 0, 3),
                new NamedTurn("Ann", 3, 6)), Source.TRANSCRIPT, 0.3);
        assertEquals("S2", resolve(onlyTherapist, SessionOptions.NONE, Optional.empty()).clientId());
        SessionSpeakers byVoice = resolve(TWO, SessionOptions.NONE, Optional.of("S1"));
        assertEquals("S2", byVoice.clientId());
        assertTrue(byVoice.clientBasis().contains("clinician's voice sample"));
    }

    @Test
    void oneSpeakerIsTheClientNoneIsNobodyAndTwoUnnamedAreUnknown() {
        List<Speaker> one = SessionSpeakers.fromNamedTurns(List.of(new NamedTurn("A", 0, 3)), Source.TRANSCRIPT, 0.3);
        assertEquals("S1", resolve(one, SessionOptions.NONE, Optional.empty()).clientId());
        SessionSpeakers none = resolve(List.of(), SessionOptions.NONE, Optional.empty());
        assertNull(none.clientId());
        assertTrue(none.speakers().isEmpty());
        SessionSpeakers two = resolve(TWO, SessionOptions.NONE, Optional.empty());
        assertNull(two.clientId());
        assertTrue(two.client().isEmpty());
    }
}
