package org.emodisparity.model.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage meters follow the status life cycle every stage goes through ({@link SessionStatusStore}): a failed
 * run counts a failure by reason and a failed duration, the retry counts a retry, the successful retry a
 * succeeded duration; a redelivered event for a finished stage records nothing. Queue lag is a timer per channel.
 */
class StageMetricsTest {
    @TempDir
    Path bucket;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void attach() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void detach() {
        Metrics.removeRegistry(registry);
    }

    private long durations(Stage stage, String outcome) {
        var timer = registry.find(StageMetrics.STAGE_DURATION).tag("stage", stage.id()).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void aFailedRunItsRetryAndARedeliveryAreCounted() throws Exception {
        SessionStatusStore statuses = new SessionStatusStore(new LocalFolderObjectStore(bucket));
        SessionRef session = new SessionRef("c1", "s1");

        statuses.begin(session, Stage.SPEECH).orElseThrow().finish(StageState.FAILED, ReasonCode.NOT_MEDIA, "bad");
        assertEquals(1, durations(Stage.SPEECH, "failed"));
        assertEquals(1.0, registry.find(StageMetrics.STAGE_FAILURES).tag("stage", "speech").tag("reason", "NOT_MEDIA")
                .counter().count());
        assertNull(registry.find(StageMetrics.STAGE_RETRIES).counter(), "a first attempt is no retry");

        statuses.begin(session, Stage.SPEECH).orElseThrow().succeeded("ok");
        assertEquals(1.0, registry.find(StageMetrics.STAGE_RETRIES).tag("stage", "speech").counter().count());
        assertEquals(1, durations(Stage.SPEECH, "succeeded"));

        assertEquals(java.util.Optional.empty(), statuses.begin(session, Stage.SPEECH), "already final");
        assertEquals(1, durations(Stage.SPEECH, "succeeded"), "a redelivery records no run");
        assertEquals(1.0, registry.find(StageMetrics.STAGE_RETRIES).tag("stage", "speech").counter().count());
    }

    @Test
    void framesAndQueueLag() {
        StageMetrics.frames(Stage.FACE, 98);
        StageMetrics.frames(Stage.FACE, 0);
        assertEquals(98.0, registry.find(StageMetrics.STAGE_FRAMES).tag("stage", "face").counter().count());

        StageMetrics.received("segmented", Duration.ofSeconds(3), 1);
        StageMetrics.received("segmented", Duration.ofSeconds(5), 2);
        var lag = registry.find(StageMetrics.QUEUE_LAG).tag("channel", "segmented").timer();
        assertNotNull(lag);
        assertEquals(2, lag.count());
        assertEquals(5.0, lag.max(java.util.concurrent.TimeUnit.SECONDS), 1e-9);
        assertEquals(1.0, registry.find(StageMetrics.QUEUE_REDELIVERIES).tag("channel", "segmented").counter().count());
    }
}
