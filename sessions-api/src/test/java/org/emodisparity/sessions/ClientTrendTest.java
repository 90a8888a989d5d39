package org.emodisparity.sessions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.UploadKind;
import org.emodisparity.model.course.SessionSummary;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.Test;

/**
 * A client's course through the API: sessions created with the clinic's {@code clientRef}, reported by the
 * pipeline (here: the report and its summary written as fusion writes them), read back in date order; another
 * clinic gets 404; every read is audited; erasing the client erases each of their sessions, reported or not.
 */
@QuarkusTest
class ClientTrendTest {
    @Inject
    ObjectStore store;
    @Inject
    AuditTrail audit;

    String session(String clinic, String clientRef, String date) {
        return SessionsApiTest.create(TestTokens.clinician(clinic), "{\"mediaType\":\"video/mp4\",\"clientRef\":\""
                + clientRef + "\",\"sessionDate\":\"" + date + "\"}");
    }

    /** What fusion writes when the session's analysis ends: the report, and its summary beside it. */
    void reported(String clinic, String id, double minutes, int episodes) throws Exception {
        SessionRef s = new SessionRef(clinic, id);
        SessionOptions options = Contract.fromJson(store.get(ObjectKeys.upload(s, UploadKind.SESSION_OPTIONS_FILE))
                .orElseThrow(), SessionOptions.class);
        List<Map<String, Object>> eps = new java.util.ArrayList<>();
        for (int i = 0; i < episodes; i++) {
            eps.add(Map.of("start", 60.0 * i, "end", 60.0 * i + 30));
        }
        byte[] report = Contract.json().writeValueAsBytes(Map.of("clinicId", clinic, "sessionId", id,
                "clientRef", options.clientRef(), "sessionDate", options.sessionDate().toString(),
                "analysedAt", "2026-12-01T10:00:00Z", "media", Map.of("durationSeconds", minutes * 60),
                "disparity", Map.of("congruenceRatio", 0.8, "episodes", eps)));
        store.put(ObjectKeys.reportJson(s), report);
        store.put(ObjectKeys.reportSummary(s), Contract.toJson(SessionSummary.of(report)));
    }

    @Test
    void theTrendListsTheClientsReportedSessionsInDateOrderWithinTheClinicOnly() throws Exception {
        String clinic = "clinic-trend-" + Long.toHexString(System.nanoTime()); // the test store outlives a run
        String late = session(clinic, "c-77", "2026-11-20");
        String early = session(clinic, "c-77", "2026-09-01");
        String middle = session(clinic, "c-77", "2026-10-05");
        String running = session(clinic, "c-77", "2026-11-27");
        String otherClient = session(clinic, "c-78", "2026-10-01");
        reported(clinic, late, 50, 4);
        reported(clinic, early, 50, 1);
        reported(clinic, middle, 40, 2);
        reported(clinic, otherClient, 50, 0);

        var trend = given().auth().oauth2(TestTokens.clinician(clinic)).when().get("/clients/c-77/trend")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertEquals(List.of(early, middle, late), trend.getList("sessions.sessionId"));
        assertEquals(List.of("2026-09-01", "2026-10-05", "2026-11-20"), trend.getList("sessions.sessionDate"));
        List<Float> perHour = trend.getList("figures.find { it.key == 'disagreement' }.points.value", Float.class);
        assertEquals(List.of(0.6f, 1.5f, 2.4f), perHour); // half a minute per episode, per hour of recording

        var html = given().auth().oauth2(TestTokens.clinician(clinic)).when().get("/clients/c-77/trend.html")
                .then().statusCode(200).contentType(ContentType.HTML)
                .header("Content-Security-Policy", SessionsResource.REPORT_CSP).extract().asString();
        assertTrue(html.contains("<svg") && html.contains(late) && !html.contains(otherClient) && !html.contains("<script"));

        given().auth().oauth2(TestTokens.clinician("clinic-elsewhere")).when().get("/clients/c-77/trend")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.clinician(clinic)).when().get("/clients/c-99/trend").then().statusCode(404);
        given().auth().oauth2(TestTokens.clinician(clinic)).when().get("/clients/..%2Fx/trend").then().statusCode(404);
        given().auth().oauth2(TestTokens.clinician(clinic)).contentType(ContentType.JSON)
                .body("{\"mediaType\":\"video/mp4\",\"clientRef\":\"Ann Smith\"}").when().post("/sessions")
                .then().statusCode(400);
        assertTrue(audit.events(clinic).stream().anyMatch(e -> e.action() == AuditAction.VIEWED_TREND
                && "client/c-77".equals(e.object())), "trend reads are audited");

        // erasure of the client: every session of theirs, the one still being analysed too; nobody else's
        given().auth().oauth2(TestTokens.clinician(clinic)).when().delete("/clients/c-77").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin("clinic-elsewhere")).when().delete("/clients/c-77").then().statusCode(404);
        var erased = given().auth().oauth2(TestTokens.admin(clinic)).when().delete("/clients/c-77")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, erased.getInt("sessions"));
        for (String id : List.of(late, early, middle, running)) {
            for (String area : ObjectKeys.sessionAreas()) {
                assertEquals(List.of(), store.list(ObjectKeys.sessionPrefix(area, new SessionRef(clinic, id))), area);
            }
        }
        given().auth().oauth2(TestTokens.clinician(clinic)).when().get("/clients/c-77/trend").then().statusCode(404);
        given().auth().oauth2(TestTokens.clinician(clinic)).when().get("/clients/c-78/trend").then().statusCode(200);
        assertTrue(audit.events(clinic).stream().anyMatch(e -> e.action() == AuditAction.DELETED_CLIENT));
    }
}
