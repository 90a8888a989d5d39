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
    void theShutdownHookWaitsForARunningStageToStopAtItsNextProgressReportAndNoLongerThanItsLimit()
            throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(dir);
        SessionRef s = new SessionRef("c1", "s4");
        SessionSegmented event = new SessionSegmented(Contract.SCHEMA_VERSION, "c1", "s4", "uploads/c1/s4/v.mp4",
                ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), null, Map.of());
        ModalityStageRunner runner = new ModalityStageRunner(store, Stage.FACE);
        java.util.concurrent.CountDownLatch working = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Throwable> ended = new java.util.concurrent.atomic.AtomicReference<>();
        Thread stage = new Thread(() -> {
            try {
                runner.run(event, (e, tracker) -> {
                    working.countDown();
                    for (int frame = 0; ; frame++) { // a long analysis that reports progress as it goes
                        tracker.progress(Math.min(0.99, frame / 1000.0));
                        Thread.sleep(5);
                    }
                });
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        stage.start();
        assertTrue(working.await(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(1, Shutdown.runningStages());

        Shutdown.begin(); // what the hook does first
        long t0 = System.nanoTime();
        assertTrue(Shutdown.awaitStages(Shutdown.WAIT_FOR_STAGES), "the stage stopped");
        assertTrue((System.nanoTime() - t0) / 1e9 < 2, "at its next progress report");
        stage.join(2000);
        assertTrue(ended.get() instanceof Shutdown.StageInterruptedException, String.valueOf(ended.get()));
        StageStatus status = new SessionStatusStore(store).read(s, Stage.FACE).orElseThrow();
        assertEquals(StageState.PENDING, status.state());
        assertEquals(ReasonCode.INTERRUPTED, status.reason());
        assertFalse(store.exists(ObjectKeys.part(s, Stage.FACE)));
        assertEquals(0, Shutdown.runningStages());

        // a run that never reports back does not hold the exit longer than the limit
        Shutdown.reset();
        Shutdown.Work stuck = Shutdown.running("a stage stuck in native code");
        Shutdown.begin();
        t0 = System.nanoTime();
        assertFalse(Shutdown.awaitStages(java.time.Duration.ofMillis(300)));
        double waited = (System.nanoTime() - t0) / 1e9;
        assertTrue(waited >= 0.29 && waited < 2, "waited " + waited + " s");
        stuck.close();
        stuck.close(); // once only
        assertEquals(0, Shutdown.runningStages());
        assertTrue(Shutdown.awaitStages(java.time.Duration.ofMillis(1)));
        assertTrue(Shutdown.WAIT_FOR_STAGES.compareTo(java.time.Duration.ofSeconds(15)) <= 0, "bounded by 15 s");
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
