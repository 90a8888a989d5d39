package org.emodisparity.sessions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.Test;

/** Who created, uploaded, viewed, downloaded, listed or deleted which session, when and from where. */
@QuarkusTest
class AuditTrailTest {
    @Inject
    ObjectStore store;
    @Inject
    AuditTrail audit;

    @Test
    void everyAccessIsRecordedWithActorClinicRoleSessionTimeAndSourceAddress() throws Exception {
        String clinic = "clinic-audit-" + System.nanoTime(); // the test bucket outlives a run
        String token = TestTokens.clinician(clinic);
        String id = SessionsApiTest.create(token, "{\"mediaType\":\"video/mp4\"}");
        SessionRef s = new SessionRef(clinic, id);
        given().auth().oauth2(token).body(new byte[] {1}).contentType("video/mp4")
                .when().put("/sessions/" + id + "/upload").then().statusCode(204);
        store.put(ObjectKeys.reportJson(s), "{}".getBytes(StandardCharsets.UTF_8));
        store.put(ObjectKeys.reportHtml(s), "<html></html>".getBytes(StandardCharsets.UTF_8));
        // the client forged the first entry; the load balancer (one trusted hop) appended the real address
        given().auth().oauth2(token).header("X-Forwarded-For", "198.51.100.66, 203.0.113.7")
                .when().get("/sessions/" + id).then().statusCode(200);
        given().auth().oauth2(token).when().get("/sessions/" + id + "/report.html").then().statusCode(200);
        given().auth().oauth2(token).when().get("/sessions/" + id + "/report?download=true").then().statusCode(200);
        given().auth().oauth2(token).when().get("/sessions").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin(clinic)).when().delete("/sessions/" + id).then().statusCode(204);

        List<AuditEvent> events = audit.events(clinic);
        assertEquals(List.of(AuditAction.CREATED, AuditAction.UPLOADED, AuditAction.VIEWED_STATUS,
                AuditAction.VIEWED_REPORT, AuditAction.DOWNLOADED_REPORT, AuditAction.LISTED, AuditAction.DELETED),
                events.stream().map(AuditEvent::action).toList());
        AuditEvent viewed = events.get(2);
        assertEquals("dr-" + clinic, viewed.actor());
        assertEquals(clinic, viewed.clinicId());
        assertEquals(Roles.CLINICIAN, viewed.role());
        assertEquals(id, viewed.sessionId());
        assertEquals("203.0.113.7", viewed.sourceIp());
        assertNotNull(viewed.at());
        assertNotNull(events.get(0).sourceIp(), "the client address without a proxy");
        assertEquals("report.html", events.get(3).object());
        assertEquals("admin-" + clinic, events.get(6).actor());
        assertEquals(Roles.ADMIN, events.get(6).role());
        assertTrue(events.get(6).objectsDeleted() >= 4, events.get(6).toString());
        // ids only: no token, no file name in the trail
        for (String key : store.list(ObjectKeys.clinicPrefix(ObjectKeys.AUDIT, clinic))) {
            String json = new String(store.get(key).orElseThrow(), StandardCharsets.UTF_8);
            assertFalse(json.contains("eyJ") || json.contains("video.mp4"), json);
            assertTrue(key.matches("audit/" + clinic + "/\\d{4}/\\d{2}/\\d{2}/\\d+-[0-9a-f-]{36}\\.json"), key);
        }
    }

    @Test
    void auditEventsAreAppendOnlyAndSurviveTheSessionsErasure() throws Exception {
        String clinic = "clinic-audit2-" + System.nanoTime();
        Caller caller = new Caller("dr-x", clinic, Roles.CLINICIAN, "198.51.100.1");
        AuditEvent first = audit.record(caller, AuditAction.VIEWED_STATUS, "s-1", null);
        AuditEvent second = audit.record(caller, AuditAction.VIEWED_STATUS, "s-1", null);
        assertFalse(first.id().equals(second.id()), "every event is its own object");
        String key = ObjectKeys.auditEvent(clinic, first.at(), first.id());
        byte[] original = store.get(key).orElseThrow();
        assertFalse(store.putIfAbsent(key, "{\"tampered\":true}".getBytes(StandardCharsets.UTF_8)),
                "an existing event is never overwritten");
        assertEquals(new String(original, StandardCharsets.UTF_8), new String(store.get(key).orElseThrow(), StandardCharsets.UTF_8));
        assertEquals(2, audit.events(clinic).size());
    }
}
