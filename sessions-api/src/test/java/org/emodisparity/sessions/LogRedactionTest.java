package org.emodisparity.sessions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens never reach the logs, even where a log line tries to print them: the test configuration's access
 * log prints the Authorization header, and the phi-redaction filter on the log file must remove the token.
 */
@QuarkusTest
class LogRedactionTest {
    static final Path LOG = Path.of("target/sessions-api-test.log");

    @Test
    void theBearerTokenNeverAppearsInTheLogs() throws Exception {
        String token = TestTokens.clinician("clinic-log");
        String id = SessionsApiTest.create(token, "{\"mediaType\":\"video/mp4\"}");
        given().auth().oauth2(token).when().get("/sessions/" + id).then().statusCode(200);
        given().auth().oauth2(token + "x").when().get("/sessions/" + id).then().statusCode(401);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String log = "";
        for (int i = 0; i < 50 && !log.contains("/sessions/" + id); i++) {
            Thread.sleep(100); // the access log is written asynchronously
            log = Files.readString(LOG);
        }
        assertTrue(log.contains("/sessions/" + id), "the access log line was written");
        assertTrue(log.contains("Bearer [redacted"), "and redacted");
        assertFalse(log.contains(token), "token in the log");
        assertFalse(log.contains(signature), "token signature in the log");
        assertFalse(log.contains(token.substring(0, token.indexOf('.', 4))), "token header/payload in the log");
    }
}
