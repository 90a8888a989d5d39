package org.emodisparity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageStatusTest {
    static final SessionRef S = new SessionRef("c", "s");

    @Test
    void allowedTransitions() {
        StageStatus pending = StageStatus.pending(S, Stage.FACE);
        StageStatus running = pending.moveTo(StageState.RUNNING, 0, null, null);
        assertEquals(1, running.attempt());
        StageStatus halfway = running.moveTo(StageState.RUNNING, 0.5, null, null);
        assertEquals(0.5, halfway.progress());
        assertEquals(1, halfway.attempt(), "progress is not a new attempt");
        StageStatus failed = halfway.moveTo(StageState.FAILED, 0, ReasonCode.INTERNAL_ERROR, "boom");
        StageStatus retried = failed.moveTo(StageState.RUNNING, 0, null, null);
        assertEquals(2, retried.attempt());
        StageStatus done = retried.moveTo(StageState.SUCCEEDED, 0.3, null, null);
        assertEquals(1.0, done.progress(), "final states are complete");
    }

    @Test
    void aStageFoundRunningByANewDeliveryStartsANewAttempt() {
        StageStatus running = StageStatus.pending(S, Stage.FACE).moveTo(StageState.RUNNING, 0.4, null, null);
        StageStatus restarted = running.restartedAfterInterruption();
        assertEquals(StageState.RUNNING, restarted.state());
        assertEquals(2, restarted.attempt());
        assertEquals(0.0, restarted.progress(), "it starts over");
        assertEquals("restarted after an interruption", restarted.message());
        assertThrows(IllegalStateException.class, () -> StageStatus.pending(S, Stage.FACE).restartedAfterInterruption());
    }

    @Test
    void finalStatesCannotBeLeft() {
        for (StageState fin : new StageState[] {StageState.SUCCEEDED, StageState.UNAVAILABLE, StageState.SKIPPED}) {
            StageStatus s = StageStatus.pending(S, Stage.FACE).moveTo(StageState.RUNNING, 0, null, null)
                    .moveTo(fin, 1, null, null);
            for (StageState next : StageState.values()) {
                assertThrows(IllegalStateException.class, () -> s.moveTo(next, 0, null, null), fin + "->" + next);
            }
        }
        assertThrows(IllegalStateException.class,
                () -> StageStatus.pending(S, Stage.FACE).moveTo(StageState.SUCCEEDED, 1, null, null));
    }

    @Test
    void statusStoreMakesRedeliveryANoOp(@TempDir Path dir) throws Exception {
        SessionStatusStore statuses = new SessionStatusStore(new LocalFolderObjectStore(dir));
        var tracker = statuses.begin(S, Stage.SPEECH).orElseThrow();
        tracker.progress(0.5);
        assertEquals(0.5, statuses.read(S, Stage.SPEECH).orElseThrow().progress());
        tracker.succeeded("ok");
        assertTrue(statuses.begin(S, Stage.SPEECH).isEmpty());
        assertEquals(StageState.SUCCEEDED, statuses.all(S).get(Stage.SPEECH).state());
    }

    @Test
    void statusRoundTripsThroughJsonWithItsSchemaVersion() {
        StageStatus s = StageStatus.pending(S, Stage.FUSION).moveTo(StageState.RUNNING, 0.25, null, null);
        StageStatus back = Contract.fromJson(Contract.toJson(s), StageStatus.class);
        assertEquals(s, back);
        byte[] future = new String(Contract.toJson(s)).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 99").getBytes();
        assertThrows(IllegalArgumentException.class, () -> Contract.fromJson(future, StageStatus.class));
    }
}
