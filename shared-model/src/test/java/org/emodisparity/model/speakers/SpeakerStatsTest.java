package org.emodisparity.model.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.emodisparity.model.speakers.SessionSpeakers.Role;
import org.emodisparity.model.speakers.SessionSpeakers.Source;
import org.emodisparity.model.speakers.SessionSpeakers.Speaker;
import org.emodisparity.model.speakers.SessionSpeakers.Turn;
import org.junit.jupiter.api.Test;

class SpeakerStatsTest {
    @Test
    void talkShareTurnsLatencyAndOverlapOfADialogue() {
        // A: 0–4, 10–12 (+ a 0.5 s pause inside: 12.5–14); B: 4.5–9 (answers after 0.5 s), 13–15 (overlaps A by 1 s)
        Speaker a = new Speaker("S1", Role.UNKNOWN, null, Source.DIARISATION,
                List.of(new Turn(0, 4), new Turn(10, 12), new Turn(12.5, 14)), null);
        Speaker b = new Speaker("S2", Role.UNKNOWN, null, Source.DIARISATION,
                List.of(new Turn(4.5, 9), new Turn(13, 15)), null);
        List<Speaker> s = SpeakerStats.of(List.of(a, b));
        SpeakerStats sa = s.get(0).stats();
        SpeakerStats sb = s.get(1).stats();
        assertEquals(7.5, sa.talkSeconds(), 1e-9);
        assertEquals(6.5, sb.talkSeconds(), 1e-9);
        assertEquals(7.5 / 14, sa.talkShare(), 1e-3);
        assertEquals(2, sa.turnCount()); // the 0.5 s pause does not start a new turn
        assertEquals(2, sb.turnCount());
        assertEquals(1.0, sa.meanResponseLatencySeconds(), 1e-9); // 10 − 9
        assertEquals(0.5, sb.meanResponseLatencySeconds(), 1e-9); // 4.5 − 4; the start at 13 inside A's turn is overlap
        assertEquals(1.0, sa.overlapSeconds(), 1e-9);
        assertEquals(1.0, sb.overlapSeconds(), 1e-9);
    }

    @Test
    void aLoneSpeakerHasNoLatency() {
        Speaker a = new Speaker("S1", Role.UNKNOWN, null, Source.SINGLE_TRACK, List.of(new Turn(1, 2)), null);
        SpeakerStats st = SpeakerStats.of(List.of(a)).get(0).stats();
        assertNull(st.meanResponseLatencySeconds());
        assertEquals(1.0, st.talkShare(), 1e-9);
    }
}
