package org.emodisparity.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.store.ObjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uploads and intermediate work are deleted 7 days (configurable) after the report; report and status stay. */
@QuarkusTest
class RetentionTest {
    @Inject
    ObjectStore store;
    @Inject
    RetentionSweeper sweeper;
    @Inject
    TestClock clock;
    @Inject
    AuditTrail audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    SessionRef session(String clinic, String id, boolean reported) throws Exception {
        SessionRef s = new SessionRef(clinic, id);
        byte[] x = "x".getBytes(StandardCharsets.UTF_8);
        for (String key : List.of(ObjectKeys.upload(s, "video.mp4"), ObjectKeys.audio(s), ObjectKeys.part(s, Stage.FACE))) {
            store.put(key, x);
        }
        if (reported) {
            store.put(ObjectKeys.reportJson(s), x);
            store.put(ObjectKeys.reportHtml(s), x);
            new SessionStatusStore(store).begin(s, Stage.FUSION).orElseThrow().succeeded("report written");
        }
        return s;
    }

    @Test
    void phiIsDeletedOnlyOnceTheReportIsOlderThanTheRetentionPeriod() throws Exception {
        String clinic = "clinic-ret-" + System.nanoTime(); // the test bucket outlives a run
        SessionRef reported = session(clinic, "s-reported", true);
        SessionRef unfinished = session(clinic, "s-unfinished", false);

        clock.advance(Duration.ofDays(6));
        assertFalse(sweeper.sweep().contains(reported), "six days after the report: kept");
        assertTrue(store.exists(ObjectKeys.upload(reported, "video.mp4")));

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertTrue(sweeper.sweep().contains(reported), "seven days after the report: deleted");
        assertEquals(List.of(), store.list(ObjectKeys.sessionPrefix(ObjectKeys.UPLOADS, reported)));
        assertEquals(List.of(), store.list(ObjectKeys.sessionPrefix(ObjectKeys.WORK, reported)));
        assertTrue(store.exists(ObjectKeys.reportJson(reported)) && store.exists(ObjectKeys.reportHtml(reported)),
                "the report stays");
        assertTrue(store.exists(ObjectKeys.status(reported, Stage.FUSION)), "the status stays");
        // a session without a report keeps its upload: the analysis still needs it
        assertTrue(store.exists(ObjectKeys.upload(unfinished, "video.mp4")));
        assertTrue(store.exists(ObjectKeys.audio(unfinished)));

        assertTrue(audit.events(clinic).stream().anyMatch(e -> e.action() == AuditAction.RETENTION_DELETED
                && e.sessionId().equals("s-reported") && e.actor().equals(AuditTrail.SYSTEM) && e.objectsDeleted() == 4)); // upload, audio, part, fusion's claim
        assertTrue(sweeper.sweep().isEmpty(), "nothing left to delete, nothing audited twice");
    }
}
