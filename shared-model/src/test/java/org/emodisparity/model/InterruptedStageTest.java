package org.emodisparity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stage that ends while the process shuts down goes back to PENDING (attempt kept) and runs again later. */
class InterruptedStageTest {
    @TempDir
    Path dir;

    @AfterEach
    void processGoesOn() {
        Shutdown.reset();
    }

    @Test
    void anInterruptedStageIsPendingNotFailedWritesNoPartAndRunsAgain() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(dir);
        SessionRef s = new SessionRef("c1", "s1");
        SessionSegmented event = new SessionSegmented(Contract.SCHEMA_VERSION, "c1", "s1", "uploads/c1/s1/v.mp4",
                ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), null, Map.of());
        ModalityStageRunner runner = new ModalityStageRunner(store, Stage.FACE);
        assertThrows(Shutdown.StageInterruptedException.class, () -> runner.run(event, (e, t) -> {
            Shutdown.begin(); // Ctrl-C while the model runs: the native session is torn down under the stage
            throw new IllegalStateException("session closed");
        }));
        StageStatus interrupted = new SessionStatusStore(store).read(s, Stage.FACE).orElseThrow();
        assertEquals(StageState.PENDING, interrupted.state());
        assertEquals(ReasonCode.INTERRUPTED, interrupted.reason());
        assertEquals(1, interrupted.attempt());
        assertFalse(store.exists(ObjectKeys.part(s, Stage.FACE)), "no part from an interrupted run");

        // nothing new starts while shutdown is under way
        assertThrows(Shutdown.StageInterruptedException.class, () -> runner.run(event, (e, t) -> {
            throw new AssertionError("must not start");
        }));

        Shutdown.reset(); // the next start of the program
        runner.run(event, (e, t) -> ModalityTimeline.without(s, Stage.FACE, Availability.SKIPPED,
                ReasonCode.NO_VIDEO_STREAM, "skipped"));
        StageStatus done = new SessionStatusStore(store).read(s, Stage.FACE).orElseThrow();
        assertEquals(StageState.SKIPPED, done.state());
        assertEquals(2, done.attempt());
        assertTrue(store.exists(ObjectKeys.part(s, Stage.FACE)));

        // a real failure outside shutdown is still FAILED
        ModalityStageRunner speech = new ModalityStageRunner(store, Stage.SPEECH);
        speech.run(event, (e, t) -> {
            throw new IllegalStateException("bug");
        });
        assertEquals(StageState.FAILED, new SessionStatusStore(store).read(s, Stage.SPEECH).orElseThrow().state());
    }

    @Test
    void onlyTheWorkerThatClaimsAnAttemptRunsIt() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(dir);
        SessionRef s = new SessionRef("c1", "s2");
        SessionStatusStore statuses = new SessionStatusStore(store);
        // another worker read the same PENDING status a moment earlier and created attempt 1's claim
        assertTrue(store.putIfAbsent(ObjectKeys.stageClaim(s, Stage.SPEECH, 1), new byte[0]));
        assertTrue(statuses.begin(s, Stage.SPEECH).isEmpty(), "attempt 1 belongs to the other worker");
        assertFalse(store.exists(ObjectKeys.status(s, Stage.SPEECH)), "and its status is not touched");

        SessionRef fresh = new SessionRef("c1", "s3");
        assertTrue(statuses.begin(fresh, Stage.SPEECH).isPresent());
        assertTrue(store.exists(ObjectKeys.stageClaim(fresh, Stage.SPEECH, 1)));
    }
}
