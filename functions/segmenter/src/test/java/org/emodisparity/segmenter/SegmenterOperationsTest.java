package org.emodisparity.segmenter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.UUID;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.UploadCreated;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.Test;

/**
 * The segmenter is operable like a Quarkus service: liveness and readiness under {@code /q/health}, and the
 * pipeline's own meters in Prometheus format under {@code /q/metrics} after it has run a good and a bad upload.
 */
@QuarkusTest
class SegmenterOperationsTest {
    @Inject
    ObjectStore store;

    @Test
    void healthIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                // the channels' readiness (in distributed mode it includes the SQS connector's HealthReporter)
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void metricsCountStageRunsByOutcomeAndFailuresByReason() throws Exception {
        SessionRef good = new SessionRef("clinic-ops", UUID.randomUUID().toString());
        String goodKey = ObjectKeys.upload(good, "video.mpg");
        store.putFile(goodKey, SharedMedia.gridBbaf2n());
        given().contentType("application/json").body(new UploadCreated(goodKey, Files.size(SharedMedia.gridBbaf2n())))
                .when().post("/segment").then().statusCode(200).body("status.state", equalTo("SUCCEEDED"));
        SessionRef bad = new SessionRef("clinic-ops", UUID.randomUUID().toString());
        String badKey = ObjectKeys.upload(bad, "video.mp4");
        store.put(badKey, "not a video".getBytes());
        given().contentType("application/json").body(new UploadCreated(badKey, 11))
                .when().post("/segment").then().statusCode(200).body("status.reason", equalTo("NOT_MEDIA"));

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertLine(metrics, "emodisparity_stage_duration_seconds_count{", "stage=\"segmenter\"", "outcome=\"succeeded\"");
        assertLine(metrics, "emodisparity_stage_duration_seconds_count{", "stage=\"segmenter\"", "outcome=\"failed\"");
        assertLine(metrics, "emodisparity_stage_failures_total{", "stage=\"segmenter\"", "reason=\"NOT_MEDIA\"");
    }

    /** A sample line that has every part and a value of at least 1. */
    private static void assertLine(String metrics, String... parts) {
        boolean found = Arrays.stream(metrics.split("\n"))
                .filter(l -> Arrays.stream(parts).allMatch(l::contains))
                .anyMatch(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) >= 1);
        assertTrue(found, () -> "no sample " + String.join(" ", parts) + " >= 1 in /q/metrics:\n"
                + Arrays.stream(metrics.split("\n")).filter(l -> l.startsWith("emodisparity")).toList());
    }
}
