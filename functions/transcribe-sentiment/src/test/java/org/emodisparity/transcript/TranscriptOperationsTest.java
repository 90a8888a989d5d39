package org.emodisparity.transcript;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.health.ModelsReadiness;
import org.junit.jupiter.api.Test;

/**
 * /q/health and /q/metrics of this function: readiness is UP exactly when its models (bge-small-en-v15-q, goemotions-xed-bge-small-head) are installed and
 * verified in the models directory the stage reads, and names each model's state; metrics are served in
 * Prometheus format. The full check of stage meters is SegmenterOperationsTest.
 */
@QuarkusTest
class TranscriptOperationsTest {
    private static final List<String> MODELS = List.of("bge-small-en-v15-q", "goemotions-xed-bge-small-head");

    @Test
    void readinessFollowsTheInstalledModels() {
        boolean installed = ModelsReadiness.ready(
                new ModelsReadiness(ModelRepository.atDefaultLocation(), MODELS).check());
        var response = given().when().get("/q/health/ready").then()
                .statusCode(installed ? 200 : 503)
                .body("checks.name", hasItem("emodisparity-models"));
        for (String id : MODELS) {
            response.body("checks.find { it.name == 'emodisparity-models' }.data.'" + id + "'",
                    installed ? equalTo(ModelsReadiness.INSTALLED) : notNullValue());
        }
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreServed() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE jvm_threads_live_threads gauge"));
    }
}
