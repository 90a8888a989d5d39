package org.emodisparity.sessions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.Test;

/** Right to erasure: DELETE removes every artefact of the session in every area, and the trail records it. */
@QuarkusTest
class ErasureTest {
    @Inject
    ObjectStore store;
    @Inject
    AuditTrail audit;

    @Test
    void deleteRemovesEveryArtefactOfTheSessionAndOnlyThatSession() throws Exception {
        String clinic = "clinic-erase";
        String id = SessionsApiTest.create(TestTokens.clinician(clinic), "{\"mediaType\":\"video/mp4\"}");
        String other = SessionsApiTest.create(TestTokens.clinician(clinic), "{\"mediaType\":\"video/mp4\"}");
        SessionRef s = new SessionRef(clinic, id);
        byte[] x = "x".getBytes(StandardCharsets.UTF_8);
        for (String key : List.of(ObjectKeys.upload(s, "video.mp4"), ObjectKeys.upload(s, "transcript.vtt"),
                ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), ObjectKeys.audio(s), ObjectKeys.segmented(s),
                ObjectKeys.part(s, Stage.FACE), ObjectKeys.reportJson(s), ObjectKeys.reportHtml(s))) {
            store.put(key, x);
        }
        new SessionStatusStore(store).begin(s, Stage.SEGMENTER).orElseThrow().succeeded("ok");

        given().auth().oauth2(TestTokens.clinician(clinic)).when().delete("/sessions/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin(clinic)).when().delete("/sessions/" + id).then().statusCode(204);

        for (String area : ObjectKeys.sessionAreas()) {
            assertEquals(List.of(), store.list(ObjectKeys.sessionPrefix(area, s)), area);
        }
        given().auth().oauth2(TestTokens.clinician(clinic)).when().get("/sessions/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin(clinic)).when().delete("/sessions/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.clinician(clinic)).when().get("/sessions/" + other).then().statusCode(200);
        assertTrue(audit.events(clinic).stream().anyMatch(e -> e.action() == AuditAction.DELETED
                && id.equals(e.sessionId()) && e.objectsDeleted() == 12), audit.events(clinic).toString()); // 11 objects and the stage's claim
    }
}
