package org.emodisparity.face;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.ObjectStore;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;

/** The face function over HTTP on the real GRID clip (a neutral speaker facing the camera) with the default models. */
@QuarkusTest
class FaceFunctionTest {
    @Inject
    ObjectStore store;

    private static SessionSegmented segmented(SessionRef s, String uploadKey, Map<Stage, ReasonCode> skipped) {
        return new SessionSegmented(Contract.SCHEMA_VERSION, s.clinicId(), s.sessionId(), uploadKey,
                ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), ObjectKeys.audio(s), skipped);
    }

    private ModalityTimeline part(SessionRef s) throws Exception {
        return Contract.fromJson(store.get(ObjectKeys.part(s, Stage.FACE)).orElseThrow(), ModalityTimeline.class);
    }

    @Test
    void gridSpeakerHasAFaceInEveryWindowWithNeutralAmongTheTopTwo() throws Exception {
        RequiredModels.assumeOrFail("blazeface-back-256");
        RequiredModels.assumeOrFail("fer-mini-xception");
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        String key = ObjectKeys.upload(s, "video.mpg");
        store.putFile(key, SharedMedia.gridBbaf2n());
        store.put(ObjectKeys.plan(s), Contract.toJson(WindowPlan.plan(3.0, 2.5, 1.25)));
        given().contentType("application/json").body(segmented(s, key, Map.of()))
                .when().post("/face")
                .then().statusCode(200)
                .body("stage", equalTo("FACE"))
                .body("partKey", equalTo(ObjectKeys.part(s, Stage.FACE)));
        ModalityTimeline part = part(s);
        assertEquals(ModalityTimeline.Availability.AVAILABLE, part.availability(), part.message());
        assertEquals(List.of("blazeface-back-256", "fer-mini-xception"), part.modelIds());
        assertEquals(2, part.windows().size());
        for (WindowEstimate w : part.windows()) {
            assertEquals("fer-mini-xception", w.modelId());
            assertTrue(((Number) w.evidence().get("framesUsed")).intValue() >= 10, "5 fps over 2.5 s");
            List<Emotion> top2 = w.distribution().entrySet().stream()
                    .sorted(Map.Entry.<Emotion, Double>comparingByValue().reversed()).limit(2)
                    .map(Map.Entry::getKey).toList();
            assertTrue(top2.contains(Emotion.NEUTRAL), "neutral speaker: " + w.distribution());
            assertTrue(w.confidence() > 0.5, "detection confidence " + w.confidence());
        }
        assertEquals(StageState.SUCCEEDED, new SessionStatusStore(store).read(s, Stage.FACE).orElseThrow().state());
    }

    @Test
    void missingVideoStreamIsSkippedWithTheSegmentersReason() throws Exception {
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        given().contentType("application/json")
                .body(segmented(s, ObjectKeys.upload(s, "a.m4a"), Map.of(Stage.FACE, ReasonCode.NO_VIDEO_STREAM)))
                .when().post("/face").then().statusCode(200);
        assertEquals(ModalityTimeline.Availability.SKIPPED, part(s).availability());
        assertEquals(ReasonCode.NO_VIDEO_STREAM, part(s).reason());
    }

    @Test
    void redeliveryIsANoOp() throws Exception {
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json")
                    .body(segmented(s, ObjectKeys.upload(s, "a.m4a"), Map.of(Stage.FACE, ReasonCode.NO_VIDEO_STREAM)))
                    .when().post("/face").then().statusCode(200);
        }
        assertEquals(1, new SessionStatusStore(store).read(s, Stage.FACE).orElseThrow().attempt());
    }
}
