package org.emodisparity.model.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.UploadKind;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client's course: date order, statements against the client's own earlier sessions, model changes, isolation. */
class ClientCourseTest {
    @TempDir
    Path dir;

    static SessionSummary session(String id, String date, double minutesPerHour, Double talkShare, String... models) {
        return new SessionSummary(1, "clinic-a", id, "c-1", LocalDate.parse(date), Instant.parse(date + "T12:00:00Z"),
                3000, talkShare, 0.8, (int) Math.round(minutesPerHour), minutesPerHour, Map.of("face", "neutral"),
                Map.of("face", 0.1), Map.of("f0RangeSemitones", 5.0),
                Map.of("face", List.of(models.length == 0 ? new String[] {"m1"} : models)));
    }

    @Test
    void theLatestSessionIsComparedWithTheClientsOwnEarlierSessionsInDateOrder() {
        List<SessionSummary> given = new ArrayList<>(List.of(
                session("s-e", "2026-05-01", 9.0, 0.55), session("s-a", "2026-01-10", 2.0, 0.6),
                session("s-c", "2026-03-01", 4.0, 0.5), session("s-b", "2026-02-01", 3.0, 0.7),
                session("s-d", "2026-04-01", 1.0, null)));
        ClientCourse course = ClientCourse.of("clinic-a", "c-1", given);
        assertEquals(List.of("s-a", "s-b", "s-c", "s-d", "s-e"),
                course.sessions().stream().map(SessionSummary::sessionId).toList());
        ClientCourse.Figure disagreement = figure(course, "disagreement");
        assertEquals(List.of(2.0, 3.0, 4.0, 1.0, 9.0), disagreement.points().stream().map(ClientCourse.Point::value).toList());
        assertEquals(2.5, disagreement.median()); // of the four earlier sessions
        assertEquals(1.0, disagreement.min());
        assertEquals(4.0, disagreement.max());
        assertTrue(disagreement.statement().startsWith("More disagreement between face, voice and words than in 4 of the last 4 sessions"),
                disagreement.statement());
        // a figure not measured in one earlier session is compared over the sessions that have it
        ClientCourse.Figure talk = figure(course, "talkShare");
        assertTrue(talk.statement().startsWith("A smaller share of the talking than in 2 of the last 3 sessions"), talk.statement());
        // the same value every time: the usual range, not a change
        assertTrue(figure(course, "f0Range").statement().startsWith("Within the client's usual range"));
        assertTrue(course.notes().stream().noneMatch(n -> n.contains("models changed")));
    }

    @Test
    void tooFewSessionsGiveNoStatementAndAModelChangeIsNamed() {
        ClientCourse course = ClientCourse.of("clinic-a", "c-1", List.of(session("s-a", "2026-01-10", 2, 0.5, "m1"),
                session("s-b", "2026-02-10", 5, 0.5, "m2")));
        assertNull(figure(course, "disagreement").statement());
        assertTrue(course.notes().stream().anyMatch(n -> n.contains("at least " + ClientCourse.MIN_EARLIER)));
        assertTrue(course.notes().stream().anyMatch(n -> n.contains("models changed before the session of 2026-02-10 (face: m2)")),
                course.notes().toString());
        String html = CourseHtml.render(course);
        assertTrue(html.contains("<svg") && html.contains("id=\"fig-disagreement\"") && !html.contains("<script"));
    }

    @Test
    void aClientsSessionsAreFoundInTheirClinicOnlyAndUnreportedOnesCountForErasure() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(dir);
        SessionRef a1 = new SessionRef("clinic-a", "s-1");
        SessionRef a2 = new SessionRef("clinic-a", "s-2");
        SessionRef other = new SessionRef("clinic-a", "s-3");
        SessionRef elsewhere = new SessionRef("clinic-b", "s-1");
        store.put(ObjectKeys.reportSummary(a1), Contract.toJson(session("s-1", "2026-03-01", 2, 0.5)));
        // a report written before summaries existed: summarised again from report.json
        store.put(ObjectKeys.reportJson(a2), Contract.json().writeValueAsBytes(Map.of("clinicId", "clinic-a",
                "sessionId", "s-2", "clientRef", "c-1", "sessionDate", "2026-01-01", "analysedAt", "2026-01-02T10:00:00Z",
                "media", Map.of("durationSeconds", 1800), "disparity", Map.of("congruenceRatio", 0.9,
                        "episodes", List.of(Map.of("start", 10, "end", 40), Map.of("start", 100, "end", 130))))));
        store.put(ObjectKeys.reportSummary(other), Contract.toJson(new SessionSummary(1, "clinic-a", "s-3", "c-2",
                LocalDate.parse("2026-02-01"), Instant.EPOCH, 60, null, null, 0, 0, null, null, null, null)));
        store.put(ObjectKeys.reportSummary(elsewhere), Contract.toJson(session("s-1", "2026-03-05", 2, 0.5)));
        SessionRef running = new SessionRef("clinic-a", "s-4");
        store.put(ObjectKeys.upload(running, UploadKind.SESSION_OPTIONS_FILE),
                Contract.toJson(new SessionOptions(null, null, "c-1")));

        ClientSessions clients = new ClientSessions(store);
        List<SessionSummary> found = clients.summaries("clinic-a", "c-1");
        assertEquals(List.of("s-2", "s-1"), found.stream().map(SessionSummary::sessionId).toList());
        SessionSummary old = found.get(0);
        assertEquals(2, old.episodes());
        assertEquals(2.0, old.episodeMinutesPerHour(), 1e-9); // 1 minute in 0.5 h
        assertEquals(0.9, old.congruenceRatio());
        assertNull(old.clientTalkShare());
        assertEquals(List.of(a1, a2, running), clients.sessions("clinic-a", "c-1"));
        assertTrue(clients.course("clinic-a", "c-9").isEmpty());
        assertTrue(clients.summaries("clinic-a", "../clinic-b").isEmpty());
        assertFalse(clients.course("clinic-b", "c-1").orElseThrow().sessions().stream()
                .anyMatch(s -> s.clinicId().equals("clinic-a") && !s.sessionId().equals("s-1")));
    }

    static ClientCourse.Figure figure(ClientCourse course, String key) {
        return course.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
