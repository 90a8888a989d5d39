package org.emodisparity.sessions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A token of clinic A can never create, list, read, download or delete clinic B's sessions, nor tell whether one
 * exists: every such request is the same 404 as for an id that exists nowhere. Crafted ids and encoded path
 * traversal never reach a key.
 */
@QuarkusTest
class ClinicIsolationTest {
    @Inject
    ObjectStore store;

    String sessionOfB;

    @BeforeEach
    void clinicBHasASessionWithAReport() throws Exception {
        sessionOfB = SessionsApiTest.create(TestTokens.clinician("clinic-b"), "{\"mediaType\":\"video/mp4\"}");
        SessionRef b = new SessionRef("clinic-b", sessionOfB);
        store.put(ObjectKeys.reportJson(b), "{\"secret\":true}".getBytes(StandardCharsets.UTF_8));
        store.put(ObjectKeys.reportHtml(b), "<html>secret</html>".getBytes(StandardCharsets.UTF_8));
        store.put(ObjectKeys.upload(b, "Jane Doe.mp4"), new byte[] {1});
    }

    @Test
    void aTokenOfClinicAGets404ForEveryRequestOnClinicBsSession() {
        String a = TestTokens.clinician("clinic-a");
        String adminA = TestTokens.admin("clinic-a");
        for (String path : new String[] {"", "/report", "/report.html"}) {
            given().auth().oauth2(a).when().get("/sessions/" + sessionOfB + path).then().statusCode(404);
        }
        given().auth().oauth2(a).body(new byte[] {9}).contentType("video/mp4")
                .when().put("/sessions/" + sessionOfB + "/upload").then().statusCode(404);
        given().auth().oauth2(adminA).when().delete("/sessions/" + sessionOfB).then().statusCode(404);
        // the same answer as for a session that exists nowhere
        given().auth().oauth2(a).when().get("/sessions/s-does-not-exist").then().statusCode(404);
        assertTrue(exists(ObjectKeys.reportJson(new SessionRef("clinic-b", sessionOfB))), "B's report untouched");
        given().auth().oauth2(TestTokens.clinician("clinic-b")).when().get("/sessions/" + sessionOfB + "/report")
                .then().statusCode(200);
    }

    @Test
    void aClinicListsOnlyItsOwnSessions() {
        String mine = SessionsApiTest.create(TestTokens.clinician("clinic-a"), "{\"mediaType\":\"video/mp4\"}");
        given().auth().oauth2(TestTokens.clinician("clinic-a")).when().get("/sessions")
                .then().statusCode(200)
                .body("sessionId", hasItem(mine))
                .body("sessionId", not(hasItem(sessionOfB)));
        given().auth().oauth2(TestTokens.clinician("clinic-b")).when().get("/sessions")
                .then().statusCode(200)
                .body("sessionId", hasItem(sessionOfB))
                .body("sessionId", not(hasItem(mine)));
    }

    @Test
    void pathTraversalAndCraftedIdsNeverReachAnotherClinicsKeys() {
        String a = TestTokens.clinician("clinic-a");
        String[] crafted = {
            "..", "%2e%2e", "..%2fclinic-b%2f" + sessionOfB, "%2e%2e%2f%2e%2e%2fclinic-b%2f" + sessionOfB,
            "clinic-b%2f" + sessionOfB, "..%5cclinic-b", sessionOfB + "%00", "%20" + sessionOfB, ".hidden",
            "a".repeat(65), "s%252e%252e"};
        for (String id : crafted) {
            for (String path : new String[] {"", "/report", "/report.html"}) {
                int status = given().auth().oauth2(a).urlEncodingEnabled(false)
                        .when().get("/sessions/" + id + path).then().extract().statusCode();
                assertTrue(status == 404 || status == 400, id + path + " -> " + status);
            }
        }
        // unencoded traversal is normalised by the HTTP layer, and lands on A's own (empty) listing at most
        given().auth().oauth2(a).urlEncodingEnabled(false).when().get("/sessions/x/../../sessions")
                .then().statusCode(200).body("sessionId", not(hasItem(sessionOfB)));
    }

    @Test
    void craftedKeysInEventsAreNotUploadsOfAnyClinic() {
        for (String key : new String[] {"uploads/a/../b/x", "uploads/clinic-a/../clinic-b/" + sessionOfB + "/video.mp4",
                "uploads/clinic-a/" + sessionOfB + "/../../clinic-b/x.mp4", "uploads//s/x.mp4", "uploads/%2e%2e/s/x.mp4",
                "reports/clinic-b/" + sessionOfB + "/report.json"}) {
            assertTrue(ObjectKeys.parseUpload(key).isEmpty(), key);
        }
        // a well-formed key of clinic B parses as B's session, never as A's: the event's clinic is the key's
        assertTrue(ObjectKeys.parseUpload("uploads/clinic-b/" + sessionOfB + "/video.mp4").orElseThrow()
                .session().clinicId().equals("clinic-b"));
        assertTrue(SessionService.ref("clinic-a", "../clinic-b").isEmpty());
    }

    @Test
    void requestsWithoutAValidTokenOfAKnownRoleAndClinicAreRefused() throws Exception {
        given().when().get("/sessions").then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/sessions").then().statusCode(401);
        // signed by a key the API does not trust (a local issuer elsewhere)
        Path otherKeys = Files.createTempDirectory("other-issuer");
        String forged = new LocalTokenIssuer(otherKeys).issue("mallory", "clinic-b", Set.of(Roles.ADMIN), Duration.ofMinutes(5));
        given().auth().oauth2(forged).when().get("/sessions").then().statusCode(401);
        // no clinic claim
        String noClinic = io.smallrye.jwt.build.Jwt.issuer(LocalTokenIssuer.ISSUER).subject("x")
                .groups(Set.of(Roles.CLINICIAN)).expiresIn(300)
                .sign(readPrivateKey());
        given().auth().oauth2(noClinic).when().get("/sessions").then().statusCode(403);
        // a clinic claim that tries to be a path
        String pathClinic = io.smallrye.jwt.build.Jwt.issuer(LocalTokenIssuer.ISSUER).subject("x")
                .groups(Set.of(Roles.CLINICIAN)).claim("clinic", "../clinic-b").expiresIn(300)
                .sign(readPrivateKey());
        given().auth().oauth2(pathClinic).when().get("/sessions").then().statusCode(403);
        // a role the API does not know
        String viewer = io.smallrye.jwt.build.Jwt.issuer(LocalTokenIssuer.ISSUER).subject("x")
                .groups(Set.of("viewer")).claim("clinic", "clinic-b").expiresIn(300).sign(readPrivateKey());
        given().auth().oauth2(viewer).when().get("/sessions").then().statusCode(403);
        // expired
        String expired = io.smallrye.jwt.build.Jwt.issuer(LocalTokenIssuer.ISSUER).subject("x")
                .groups(Set.of(Roles.CLINICIAN)).claim("clinic", "clinic-b")
                .issuedAt(java.time.Instant.now().minusSeconds(7200)).expiresAt(java.time.Instant.now().minusSeconds(3600))
                .sign(readPrivateKey());
        given().auth().oauth2(expired).when().get("/sessions").then().statusCode(401);
        // issued by the right key for another issuer
        String otherIssuer = io.smallrye.jwt.build.Jwt.issuer("https://evil.example").subject("x")
                .groups(Set.of(Roles.CLINICIAN)).claim("clinic", "clinic-b").expiresIn(300).sign(readPrivateKey());
        given().auth().oauth2(otherIssuer).when().get("/sessions").then().statusCode(401);
        given().auth().oauth2(TestTokens.clinician("clinic-b")).contentType(ContentType.JSON)
                .body("{\"mediaType\":\"video/mp4\"}").when().post("/sessions").then().statusCode(201);
    }

    private static java.security.PrivateKey readPrivateKey() throws Exception {
        TestTokens.issuer();
        return LocalTokenIssuer.ensureKeys(TestTokens.KEYS);
    }

    private boolean exists(String key) {
        try {
            return store.exists(key);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
