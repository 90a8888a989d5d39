package org.emodisparity.face;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.ObjectStore;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;

/**
 * Swapping a model is a properties change: with {@code emodisparity.face.detector-model} set to the other installed
 * BlazeFace model of the catalog, the face part is made with it and names it.
 */
@QuarkusTest
@TestProfile(FaceModelSwapTest.FrontDetector.class)
class FaceModelSwapTest {
    public static class FrontDetector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("emodisparity.face.detector-model", "blazeface-front-128");
        }
    }

    @Inject
    ObjectStore store;

    @Test
    void theConfiguredDetectorMakesThePart() throws Exception {
        RequiredModels.assumeOrFail("blazeface-front-128");
        RequiredModels.assumeOrFail("fer-mini-xception");
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        String key = ObjectKeys.upload(s, "video.mpg");
        store.putFile(key, SharedMedia.gridBbaf2n());
        store.put(ObjectKeys.plan(s), Contract.toJson(WindowPlan.plan(3.0, 2.5, 1.25)));
        given().contentType("application/json").body(new SessionSegmented(Contract.SCHEMA_VERSION, s.clinicId(),
                        s.sessionId(), key, ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), ObjectKeys.audio(s), Map.of()))
                .when().post("/face").then().statusCode(200);
        ModalityTimeline part = Contract.fromJson(store.get(ObjectKeys.part(s, Stage.FACE)).orElseThrow(),
                ModalityTimeline.class);
        assertEquals(ModalityTimeline.Availability.AVAILABLE, part.availability(), part.message());
        assertEquals(List.of("blazeface-front-128", "fer-mini-xception"), part.modelIds());
        assertTrue(part.windows().stream().anyMatch(w -> w.distribution() != null),
                "the short-range detector finds the GRID speaker's face");
    }
}
