package org.emodisparity.segmenter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.PipelineEvents.UploadCreated;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.Test;

/** The segmenter as a Quarkus application: its Funqy HTTP endpoint and its messaging binding. */
@QuarkusTest
class SegmenterFunctionTest {
    @Inject
    ObjectStore store;

    @Inject
    @Any
    InMemoryConnector connector;

    private String upload(SessionRef session, Path media) throws Exception {
        String key = ObjectKeys.upload(session, "video.mpg");
        store.putFile(key, media);
        return key;
    }

    @Test
    void postSegmentReturnsTheFanOutEvent() throws Exception {
        SessionRef session = new SessionRef("clinic-http", UUID.randomUUID().toString());
        String key = upload(session, SharedMedia.gridBbaf2n());
        given().contentType("application/json")
                .body(new UploadCreated(key, Files.size(SharedMedia.gridBbaf2n())))
                .when().post("/segment")
                .then().statusCode(200)
                .body("segmented.sessionId", equalTo(session.sessionId()))
                .body("segmented.planKey", equalTo(ObjectKeys.plan(session)))
                .body("segmented.audioKey", equalTo(ObjectKeys.audio(session)))
                .body("status.state", equalTo("SUCCEEDED"));
    }

    @Test
    void postSegmentOfABadUploadRecordsTheReasonAndFansOutNothing() throws Exception {
        SessionRef session = new SessionRef("clinic-http", UUID.randomUUID().toString());
        String key = ObjectKeys.upload(session, "video.mp4");
        store.put(key, "not a video".getBytes());
        given().contentType("application/json").body(new UploadCreated(key, 11))
                .when().post("/segment")
                .then().statusCode(200)
                .body("segmented", is(nullValue()))
                .body("status.state", equalTo("FAILED"))
                .body("status.reason", equalTo("NOT_MEDIA"));
    }

    @Test
    void uploadMessageProducesASegmentedMessage() throws Exception {
        SessionRef session = new SessionRef("clinic-msg", UUID.randomUUID().toString());
        String key = upload(session, SharedMedia.gridBbaf2n());
        InMemorySink<SessionSegmented> segmented = connector.sink("segmented");
        segmented.clear();
        connector.source("uploads").send(new UploadCreated(key, 1));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (segmented.received().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, segmented.received().size());
        assertEquals(session, segmented.received().get(0).getPayload().session());
    }
}
