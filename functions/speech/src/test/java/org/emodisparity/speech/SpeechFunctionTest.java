package org.emodisparity.speech;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
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
import org.emodisparity.speech.analysis.ArousalModel;
import org.junit.jupiter.api.Test;

/**
 * The speech function over HTTP on real speech: jfk.wav (11.0 s, 16 kHz mono; speech until ~10.7 s, then crowd
 * noise) as the session's extracted audio, with the installed Silero VAD.
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
    void realSpeechGivesVocalArousalPerWindowAndNoSpeechWhereSilent() throws Exception {
        RequiredModels.assumeOrFail(SpeechStage.VAD_MODEL);
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        store.putFile(ObjectKeys.audio(s), SharedMedia.jfkWav());
        store.put(ObjectKeys.plan(s), Contract.toJson(WindowPlan.plan(11.0, 2.5, 1.25)));
        given().contentType("application/json").body(segmented(s, Map.of()))
                .when().post("/speech")
                .then().statusCode(200)
                .body("stage", equalTo("SPEECH"))
                .body("partKey", equalTo(ObjectKeys.part(s, Stage.SPEECH)));
        ModalityTimeline part = part(s);
        assertEquals(ModalityTimeline.Availability.AVAILABLE, part.availability(), part.message());
        // the trained weights where installed, else the documented prior, named as such
        String arousalModel = org.emodisparity.models.ModelRepository.atDefaultLocation()
                .find(ArousalModel.TRAINED_ID).isPresent() ? ArousalModel.TRAINED_ID : ArousalModel.PRIOR_ID;
        assertEquals(java.util.List.of("silero-vad", arousalModel), part.modelIds());
        assertEquals("vocal arousal (prosody and voice quality)", part.extras().get("measures"));
        long scored = part.windows().stream().filter(w -> w.arousal() != null).count();
        assertTrue(scored >= 5, "most windows of continuous speech get an arousal score: " + scored);
        for (WindowEstimate w : part.windows()) {
            assertNull(w.distribution(), "no categorical emotion without a speech-emotion model");
            if (w.arousal() != null) {
                assertTrue(w.arousal() >= -1 && w.arousal() <= 1);
                assertEquals(arousalModel, w.modelId());
                assertTrue(w.evidence().get("z F0 level") instanceof Number, "the z-scores are the evidence: "
                        + w.evidence());
                double f0 = ((Number) w.evidence().get("f0MedianHz")).doubleValue();
                assertTrue(f0 > 75 && f0 < 300, "adult F0: " + f0);
            }
        }
        assertTrue(((java.util.List<?>) part.extras().get("phrases")).size() >= 3, "jfk.wav has clear pauses");
        assertEquals(StageState.SUCCEEDED, new SessionStatusStore(store).read(s, Stage.SPEECH).orElseThrow().state());
    }

    @Test
    void missingAudioIsSkippedWithTheSegmentersReason() throws Exception {
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
            given().contentType("application/json").body(segmented(s, Map.of(Stage.SPEECH, ReasonCode.NO_AUDIO_STREAM)))
                    .when().post("/speech").then().statusCode(200);
        }
        assertEquals(1, new SessionStatusStore(store).read(s, Stage.SPEECH).orElseThrow().attempt());
    }
}
