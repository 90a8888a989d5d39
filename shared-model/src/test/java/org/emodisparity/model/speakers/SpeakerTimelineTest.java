package org.emodisparity.model.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.emodisparity.model.speakers.SessionSpeakers.NamedTurn;
import org.junit.jupiter.api.Test;

class SpeakerTimelineTest {
    @Test
    void zoomTimelineEntriesBecomeTurnsUntilTheNextEntry() throws IOException {
        String json = """
                {"timeline": [
                  {"ts": "00:00:00.000", "users": [{"username": "Dr Lee", "userId": "1"}]},
                  {"ts": "00:00:04.500", "users": [{"username": "Ann"}]},
                  {"ts": "00:00:09.000", "users": []},
                  {"ts": "00:00:10.250", "users": [{"username": "Dr Lee"}, {"username": "Ann"}]}
                ]}""";
        List<NamedTurn> turns = SpeakerTimeline.parse(json.getBytes(StandardCharsets.UTF_8), 12);
        assertEquals(List.of(new NamedTurn("Dr Lee", 0, 4.5), new NamedTurn("Ann", 4.5, 9),
                new NamedTurn("Dr Lee", 10.25, 12), new NamedTurn("Ann", 10.25, 12)), turns);
    }

    @Test
    void brokenTimelinesSayWhy() {
        IOException e = assertThrows(IOException.class, () -> SpeakerTimeline.parse("{}".getBytes(), 5));
        assertTrue(e.getMessage().contains("no \"timeline\" array"));
        e = assertThrows(IOException.class, () -> SpeakerTimeline.parse(
                "{\"timeline\":[{\"ts\":\"1:2\"}]}".getBytes(), 5));
        assertTrue(e.getMessage().contains("malformed time"));
        e = assertThrows(IOException.class, () -> SpeakerTimeline.parse("not json".getBytes(), 5));
        assertTrue(e.getMessage().contains("not JSON"));
    }
}
