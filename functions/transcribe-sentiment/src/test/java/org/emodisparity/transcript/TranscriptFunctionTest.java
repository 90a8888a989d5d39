package org.emodisparity.transcript;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * The transcribe-sentiment function over HTTP: JFK's sentence ("ask not what your country can do for you…", the
 * reference transcript of ../shared/media/speech/jfk.wav) uploaded as a WebVTT beside the video, with the
 * default text-emotion model (MiniLM + the GoEmotions head trained by this project).
 */
@QuarkusTest
class TranscriptFunctionTest {
    static final String VTT = """
            WEBVTT

            00:00:00.300 --> 00:00:04.000
            <v Speaker 1>And so, my fellow Americans, ask not what your country can do for you.

            00:00:04.500 --> 00:00:10.500
            <v Speaker 1>Ask what you can do for your country.

            00:00:12.000 --> 00:00:16.000
            <v Client>I am so grateful and happy today, thank you!
            """;

    @Inject
    ObjectStore store;

    private static SessionSegmented segmented(SessionRef s, Map<Stage, ReasonCode> skipped) {
        return new SessionSegmented(Contract.SCHEMA_VERSION, s.clinicId(), s.sessionId(), ObjectKeys.upload(s, "v.mp4"),
                ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), null, skipped);
    }

    private ModalityTimeline part(SessionRef s) throws Exception {
        return Contract.fromJson(store.get(ObjectKeys.part(s, Stage.TRANSCRIPT)).orElseThrow(), ModalityTimeline.class);
    }

    @Test
    void uploadedTranscriptGivesSentencesAndTextEmotionPerWindow() throws Exception {
        RequiredModels.assumeOrFail("bge-small-en-v15-q");
        RequiredModels.assumeOrFail("goemotions-xed-bge-small-head");
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        store.put(ObjectKeys.upload(s, "session.vtt"), VTT.getBytes());
        store.put(ObjectKeys.plan(s), Contract.toJson(WindowPlan.plan(17.0, 2.5, 1.25)));
        // a video without audio: the transcript stage still works from the uploaded transcript
        given().contentType("application/json").body(segmented(s, Map.of(Stage.TRANSCRIPT, ReasonCode.NO_AUDIO_STREAM)))
                .when().post("/transcribe")
                .then().statusCode(200)
                .body("stage", equalTo("TRANSCRIPT"));
        ModalityTimeline part = part(s);
        assertEquals(ModalityTimeline.Availability.AVAILABLE, part.availability(), part.message());
        assertTrue(part.modelIds().contains("goemotions-xed-bge-small-head"), part.modelIds().toString());
        List<?> sentences = (List<?>) part.extras().get("sentences");
        assertEquals(3, sentences.size());
        assertEquals("Client", ((Map<?, ?>) sentences.get(2)).get("speaker"));
        WindowEstimate during = part.windows().stream().filter(w -> w.start() >= 12.0 && w.end() <= 16.0).findFirst()
                .orElseThrow();
        assertEquals(Emotion.HAPPINESS, during.distribution().entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow().getKey(), during.distribution().toString());
        assertTrue(during.evidence().get("text").toString().contains("grateful"));
        WindowEstimate silent = part.windows().stream().filter(w -> w.start() >= 10.5 && w.end() <= 12.0 + 1.25)
                .filter(w -> w.end() <= 12.0).findFirst().orElse(null);
        if (silent != null) {
            assertEquals("no words", silent.note());
        }
        assertEquals(StageState.SUCCEEDED, new SessionStatusStore(store).read(s, Stage.TRANSCRIPT).orElseThrow().state());
    }

    @Test
    void noAudioAndNoTranscriptIsSkipped() throws Exception {
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        given().contentType("application/json").body(segmented(s, Map.of(Stage.TRANSCRIPT, ReasonCode.NO_AUDIO_STREAM)))
                .when().post("/transcribe").then().statusCode(200);
        assertEquals(ModalityTimeline.Availability.SKIPPED, part(s).availability());
        assertEquals(ReasonCode.NO_AUDIO_STREAM, part(s).reason());
    }

    @Test
    void redeliveryIsANoOp() throws Exception {
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").body(segmented(s, Map.of(Stage.TRANSCRIPT, ReasonCode.NO_AUDIO_STREAM)))
                    .when().post("/transcribe").then().statusCode(200);
        }
        assertEquals(1, new SessionStatusStore(store).read(s, Stage.TRANSCRIPT).orElseThrow().attempt());
    }
}
