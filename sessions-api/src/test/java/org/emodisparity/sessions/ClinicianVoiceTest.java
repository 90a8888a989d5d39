package org.emodisparity.sessions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Random;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.UploadKind;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.Test;

/**
 * A clinician's voice sample, kept once: every session that clinician creates afterwards gets it as its
 * {@code clinician-voice.*} upload (which the speech stage uses to tell the client's voice from theirs); another
 * clinician's sessions, and sessions created after the sample is erased, do not; nothing of it is reachable as a
 * session.
 */
@QuarkusTest
class ClinicianVoiceTest {
    @Inject
    ObjectStore store;
    @Inject
    AuditTrail audit;

    @Test
    void theSampleIsGivenToEachLaterSessionOfItsClinicianOnly() throws Exception {
        String clinic = "clinic-voice-" + Long.toHexString(System.nanoTime());
        String me = TestTokens.clinician(clinic);
        String colleague = TestTokens.admin(clinic); // another person of the same clinic
        byte[] voice = new byte[48_000];
        new Random(7).nextBytes(voice);

        given().auth().oauth2(me).when().get("/clinicians/me/voice").then().statusCode(404);
        String before = SessionsApiTest.create(me, "{\"mediaType\":\"video/mp4\"}");
        given().auth().oauth2(me).contentType("text/plain").body(voice).when().put("/clinicians/me/voice")
                .then().statusCode(400);
        given().auth().oauth2(me).contentType("audio/wav").body(new byte[0]).when().put("/clinicians/me/voice")
                .then().statusCode(400);
        given().auth().oauth2(me).contentType("audio/wav").body(voice).when().put("/clinicians/me/voice")
                .then().statusCode(204);
        given().auth().oauth2(me).when().get("/clinicians/me/voice").then().statusCode(200);
        given().auth().oauth2(colleague).when().get("/clinicians/me/voice").then().statusCode(404);

        String mine = SessionsApiTest.create(me, "{\"mediaType\":\"video/mp4\"}");
        String theirs = SessionsApiTest.create(colleague, "{\"mediaType\":\"video/mp4\"}");
        String key = ObjectKeys.upload(new SessionRef(clinic, mine), "clinician-voice.wav");
        assertArrayEquals(voice, store.get(key).orElseThrow(), "the session has the creator's sample");
        assertTrue(UploadKind.of("clinician-voice.wav") == UploadKind.CLINICIAN_VOICE);
        assertFalse(store.exists(ObjectKeys.upload(new SessionRef(clinic, theirs), "clinician-voice.wav")));
        assertFalse(store.exists(ObjectKeys.upload(new SessionRef(clinic, before), "clinician-voice.wav")),
                "sessions created before the sample was stored are not changed");
        // the sample is not a session of the clinic, and no stage sees it as an upload
        for (String k : store.list(ObjectKeys.clinicPrefix(ObjectKeys.UPLOADS, clinic))) {
            if (k.contains(ClinicianVoices.FOLDER)) {
                assertTrue(ObjectKeys.parseUpload(k).isEmpty(), k);
            }
        }


        given().auth().oauth2(me).when().delete("/clinicians/me/voice").then().statusCode(204);
        given().auth().oauth2(me).when().delete("/clinicians/me/voice").then().statusCode(404);
        String after = SessionsApiTest.create(me, "{\"mediaType\":\"video/mp4\"}");
        assertFalse(store.exists(ObjectKeys.upload(new SessionRef(clinic, after), "clinician-voice.wav")));
        assertTrue(audit.events(clinic).stream().anyMatch(e -> e.action() == AuditAction.STORED_VOICE_SAMPLE));
        assertTrue(audit.events(clinic).stream().anyMatch(e -> e.action() == AuditAction.DELETED_VOICE_SAMPLE));
    }
}
