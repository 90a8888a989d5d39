package org.emodisparity.fusion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Fusion needs no model to be ready (the LLM narrative falls back to templates); its /q/health and /q/metrics answer. */
@QuarkusTest
class FusionOperationsTest {
    @Test
    void healthIsUpWithoutAToken() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreServedWithoutAToken() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE jvm_threads_live_threads gauge"));
    }
}
