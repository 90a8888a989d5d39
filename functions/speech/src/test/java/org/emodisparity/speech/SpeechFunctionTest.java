package org.emodisparity.speech;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.Test;

/**
 * The speech function's Funqy endpoint. With no model installed it must say so (UNAVAILABLE, NO_MODEL) and
 * write no estimates; media without the stream it needs is SKIPPED with the segmenter's reason.
 */
@QuarkusTest
class SpeechFunctionTest {
    @Inject
    ObjectStore store;

    private static SessionSegmented segmented(SessionRef s, Map<Stage, ReasonCode> skipped) {
        return new SessionSegmented(Contract.SCHEMA_VERSION, s.clinicId(), s.sessionId(), ObjectKeys.upload(s, "v.mp4"),
                ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), ObjectKeys.audio(s), skipped);
    }

    private ModalityTimeline part(SessionRef s) throws Exception {
        return Contract.fromJson(store.get(ObjectKeys.part(s, Stage.SPEECH)).orElseThrow(), ModalityTimeline.class);
    }

    @Test
    void withoutAModelTheModalityIsReportedUnavailable() throws Exception {
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        given().contentType("application/json").body(segmented(s, Map.of()))
                .when().post("/speech")
                .then().statusCode(200)
                .body("stage", equalTo("SPEECH"))
                .body("partKey", equalTo(ObjectKeys.part(s, Stage.SPEECH)));
        ModalityTimeline part = part(s);
        assertEquals(ModalityTimeline.Availability.UNAVAILABLE, part.availability());
        assertEquals(ReasonCode.NO_MODEL, part.reason());
        assertEquals("modality unavailable: no model configured", part.message());
        assertEquals(0, part.windows().size(), "no invented estimates");
        assertEquals(StageState.UNAVAILABLE, new SessionStatusStore(store).read(s, Stage.SPEECH).orElseThrow().state());
    }

    @Test
    void missingStreamIsSkippedWithTheSegmentersReason() throws Exception {
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        given().contentType("application/json").body(segmented(s, Map.of(Stage.SPEECH, ReasonCode.NO_AUDIO_STREAM)))
                .when().post("/speech").then().statusCode(200);
        assertEquals(ModalityTimeline.Availability.SKIPPED, part(s).availability());
        assertEquals(ReasonCode.NO_AUDIO_STREAM, part(s).reason());
    }

    @Test
    void redeliveryIsANoOp() throws Exception {
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").body(segmented(s, Map.of()))
                    .when().post("/speech").then().statusCode(200)
                    .body("partKey", equalTo(ObjectKeys.part(s, Stage.SPEECH)));
        }
        assertEquals(1, new SessionStatusStore(store).read(s, Stage.SPEECH).orElseThrow().attempt());
    }
}
