package org.emodisparity.sessions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.UploadKind;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.Test;

/** Who is speaking, through the API: the client's speaker name, the number of speakers, audio per participant. */
@QuarkusTest
class SpeakerUploadsTest {
    @Inject
    ObjectStore store;

    @Test
    void aSessionDeclaresItsClientSpeakerAndEachParticipantsAudioByRole() throws Exception {
        String token = TestTokens.clinician("clinic-a");
        var created = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"mediaType\":\"video/mp4\",\"transcriptType\":\"text/vtt\",\"clientSpeaker\":\"Ann\","
                        + "\"speakers\":2,\"participantAudio\":{\"client\":\"audio/mp4\",\"clinician\":\"audio/wav\"}}")
                .when().post("/sessions")
                .then().statusCode(201)
                .body("participantAudio.client.url", containsString("/participant/client"))
                .body("participantAudio.clinician.headers.Content-Type", equalTo("audio/wav"))
                .extract().jsonPath();
        SessionRef s = new SessionRef("clinic-a", created.getString("sessionId"));
        // the options are the session's, written by the server before any upload, where every stage reads them
        byte[] options = store.get(ObjectKeys.upload(s, UploadKind.SESSION_OPTIONS_FILE)).orElseThrow();
        assertEquals(new SessionOptions("Ann", 2, null), Contract.fromJson(options, SessionOptions.class));

        given().auth().oauth2(token).body("client audio".getBytes(StandardCharsets.UTF_8)).contentType("audio/mp4")
                .when().put("/sessions/" + s.sessionId() + "/participant/client").then().statusCode(204);
        given().auth().oauth2(token).body("again".getBytes(StandardCharsets.UTF_8)).contentType("audio/mp4")
                .when().put("/sessions/" + s.sessionId() + "/participant/client").then().statusCode(409);
        given().auth().oauth2(token).body("x".getBytes(StandardCharsets.UTF_8)).contentType("audio/mp4")
                .when().put("/sessions/" + s.sessionId() + "/participant/other").then().statusCode(409);
        String key = ObjectKeys.upload(s, "participant-client.m4a");
        assertArrayEquals("client audio".getBytes(StandardCharsets.UTF_8), store.get(key).orElseThrow());
        // the role, never a name, is in the key; the pipeline reads it as participant audio of a role word
        assertEquals(UploadKind.PARTICIPANT_AUDIO, UploadKind.of("participant-client.m4a"));
        assertFalse(store.list(ObjectKeys.sessionPrefix(ObjectKeys.UPLOADS, s)).stream().anyMatch(k -> k.contains("Ann")));
    }

    @Test
    void badSpeakerDeclarationsAreRefusedBeforeAnythingIsWritten() {
        String token = TestTokens.clinician("clinic-a");
        for (String body : new String[] {
                "{\"mediaType\":\"video/mp4\",\"speakers\":0}",
                "{\"mediaType\":\"video/mp4\",\"speakers\":12}",
                "{\"mediaType\":\"video/mp4\",\"clientSpeaker\":\"  \"}",
                "{\"mediaType\":\"video/mp4\",\"participantAudio\":{\"Jane Doe\":\"audio/mp4\"}}",
                "{\"mediaType\":\"video/mp4\",\"participantAudio\":{\"client\":\"text/plain\"}}"}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post("/sessions").then().statusCode(400);
        }
    }
}
