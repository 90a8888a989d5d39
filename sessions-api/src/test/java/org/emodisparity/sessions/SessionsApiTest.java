package org.emodisparity.sessions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.Test;

/** The sessions API of issue #8 on the local folder store (embedded mode): create, upload, status, report. */
@QuarkusTest
class SessionsApiTest {
    @Inject
    ObjectStore store;

    static String create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/sessions")
                .then().statusCode(201).extract().path("sessionId");
    }

    @Test
    void createGivesARandomIdAndAServerChosenUploadTargetNeverTheUsersFileName() throws Exception {
        String token = TestTokens.clinician("clinic-a");
        var created = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"mediaType\":\"video/quicktime\",\"transcriptType\":\"text/vtt\",\"fileName\":\"Jane Doe.mov\"}")
                .when().post("/sessions")
                .then().statusCode(201)
                .header("Location", containsString("/sessions/s-"))
                .body("video.method", equalTo("PUT"))
                .body("video.url", startsWith("/sessions/s-"))
                .body("video.headers.Content-Type", equalTo("video/quicktime"))
                .body("video.bearerTokenRequired", equalTo(true))
                .body("transcript.url", containsString("/transcript"))
                .extract().jsonPath();
        String id = created.getString("sessionId");
        assertTrue(SessionRef.isSafeId(id) && id.length() >= 30, id);

        given().auth().oauth2(token).body("video bytes".getBytes(StandardCharsets.UTF_8)).contentType("video/quicktime")
                .when().put("/sessions/" + id + "/upload").then().statusCode(204);
        given().auth().oauth2(token).body("WEBVTT\n".getBytes(StandardCharsets.UTF_8)).contentType("text/vtt")
                .when().put("/sessions/" + id + "/transcript").then().statusCode(204);

        SessionRef s = new SessionRef("clinic-a", id);
        assertEquals(java.util.List.of(ObjectKeys.upload(s, "transcript.vtt"), ObjectKeys.upload(s, "video.mov")),
                store.list(ObjectKeys.sessionPrefix(ObjectKeys.UPLOADS, s)));
        assertArrayEquals("video bytes".getBytes(StandardCharsets.UTF_8), store.get(ObjectKeys.upload(s, "video.mov")).orElseThrow());
        assertFalse(new String(store.get(ObjectKeys.sessionRecord(s)).orElseThrow(), StandardCharsets.UTF_8).contains("Jane"));
    }

    @Test
    void onlyAllowListedVideoTypesAreAccepted() {
        String token = TestTokens.clinician("clinic-a");
        for (String body : new String[] {"{\"mediaType\":\"text/html\"}", "{\"mediaType\":\"application/octet-stream\"}",
                "{\"mediaType\":\"video/mp4\",\"transcriptType\":\"text/html\"}", "{}"}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post("/sessions").then().statusCode(400);
        }
    }

    @Test
    void anUploadIsWrittenOnceAndNeverReplaced() {
        String token = TestTokens.clinician("clinic-a");
        String id = create(token, "{\"mediaType\":\"video/mp4\"}");
        given().auth().oauth2(token).body(new byte[] {1, 2, 3}).contentType("video/mp4")
                .when().put("/sessions/" + id + "/upload").then().statusCode(204);
        given().auth().oauth2(token).body(new byte[] {4}).contentType("video/mp4")
                .when().put("/sessions/" + id + "/upload").then().statusCode(409);
        // no transcript was declared at creation
        given().auth().oauth2(token).body(new byte[] {4}).contentType("text/vtt")
                .when().put("/sessions/" + id + "/transcript").then().statusCode(409);
    }

    @Test
    void statusShowsEveryStageAndWhetherTheReportIsReady() {
        String token = TestTokens.clinician("clinic-a");
        String id = create(token, "{\"mediaType\":\"video/mp4\"}");
        given().auth().oauth2(token).when().get("/sessions/" + id)
                .then().statusCode(200)
                .body("stages", hasSize(5))
                .body("stages[0].stage", equalTo("segmenter"))
                .body("stages[0].state", equalTo("PENDING"))
                .body("reportReady", equalTo(false))
                .body("report", nullValue());

        SessionRef s = new SessionRef("clinic-a", id);
        new SessionStatusStore(store).begin(s, Stage.SEGMENTER).orElseThrow().progress(0.5);
        given().auth().oauth2(token).when().get("/sessions/" + id)
                .then().statusCode(200)
                .body("stages[0].state", equalTo("RUNNING"))
                .body("stages[0].progress", equalTo(0.5f))
                .body("stages[1].state", equalTo("PENDING"));
        given().auth().oauth2(token).when().get("/sessions/" + id + "/report").then().statusCode(404);
    }

    @Test
    void theReportIsServedAsJsonAndAsHtmlWithNoStoreAndAStrictCsp() throws Exception {
        String token = TestTokens.clinician("clinic-a");
        String id = create(token, "{\"mediaType\":\"video/mp4\"}");
        SessionRef s = new SessionRef("clinic-a", id);
        store.put(ObjectKeys.reportJson(s), "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8));
        store.put(ObjectKeys.reportHtml(s), "<html><body><svg></svg></body></html>".getBytes(StandardCharsets.UTF_8));

        given().auth().oauth2(token).when().get("/sessions/" + id)
                .then().statusCode(200).body("reportReady", equalTo(true))
                .body("reportHtml", equalTo("/sessions/" + id + "/report.html"));
        given().auth().oauth2(token).when().get("/sessions/" + id + "/report")
                .then().statusCode(200).contentType(ContentType.JSON).body("schemaVersion", equalTo(1))
                .header("Cache-Control", "no-store");
        given().auth().oauth2(token).when().get("/sessions/" + id + "/report.html")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("sandbox"))
                .body(containsString("<svg>"));
        given().auth().oauth2(token).when().get("/sessions/" + id + "/report.html?download=true")
                .then().statusCode(200).header("Content-Disposition", containsString("attachment"));
    }

    @Test
    void theOpenApiDocumentDescribesTheSessionsEndpoints() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/sessions"))
                .body("paths", org.hamcrest.Matchers.hasKey("/sessions/{id}/report.html"))
                .body("components.securitySchemes", org.hamcrest.Matchers.hasKey("bearer"));
    }
}
