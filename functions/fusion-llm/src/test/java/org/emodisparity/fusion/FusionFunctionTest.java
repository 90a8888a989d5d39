package org.emodisparity.fusion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.emodisparity.model.Contract;
import org.emodisparity.model.MediaInfo;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.Test;

/** fusion-llm's Funqy endpoint: fan-in over HTTP. */
@QuarkusTest
class FusionFunctionTest {
    @Inject
    ObjectStore store;

    @Test
    void fuseAnswersWithTheReportKeysOnceAllPartsExist() throws Exception {
        SessionRef s = new SessionRef("clinic-a", UUID.randomUUID().toString());
        store.put(ObjectKeys.mediaInfo(s), Contract.toJson(new MediaInfo(1, ObjectKeys.upload(s, "v.mp4"), 10, "00",
                "mov,mp4,m4a,3gp,3g2,mj2", 5.0, new MediaInfo.VideoStream("h264", 640, 360, 24), null)));
        store.put(ObjectKeys.plan(s), Contract.toJson(WindowPlan.plan(5.0, 2.5, 1.25)));
        for (Stage stage : Stage.MODALITIES) {
            store.put(ObjectKeys.part(s, stage), Contract.toJson(ModalityTimeline.without(s, stage,
                    ModalityTimeline.Availability.UNAVAILABLE, ReasonCode.NO_MODEL, "modality unavailable: no model configured")));
        }
        given().contentType("application/json").body(new PartDone(s, Stage.FACE, ObjectKeys.part(s, Stage.FACE)))
                .when().post("/fuse")
                .then().statusCode(200)
                .body("reportJsonKey", equalTo(ObjectKeys.reportJson(s)))
                .body("reportHtmlKey", equalTo(ObjectKeys.reportHtml(s)));
    }
}
