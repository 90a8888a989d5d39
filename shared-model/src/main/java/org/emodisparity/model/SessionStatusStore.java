package org.emodisparity.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.model.ops.StageMetrics;
import org.emodisparity.model.store.ObjectStore;
import org.jboss.logging.Logger;

/**
 * Reads and writes the per-stage status objects of sessions, enforcing the {@link StageState} transitions.
 * Each stage has its own object, so the three modality stages never overwrite each other's status.
 */
public final class SessionStatusStore {
    private static final Logger LOG = Logger.getLogger(SessionStatusStore.class);
    /** Progress is written at most this often, so a long stage does not turn into a stream of writes. */
    private static final double PROGRESS_STEP = 0.02;
    private static final long PROGRESS_MILLIS = 500;

    private final ObjectStore store;

    public SessionStatusStore(ObjectStore store) {
        this.store = store;
    }

    public Optional<StageStatus> read(SessionRef s, Stage stage) {
        try {
            return store.get(ObjectKeys.status(s, stage)).map(b -> Contract.fromJson(b, StageStatus.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stage that has a status object. */
    public Map<Stage, StageStatus> all(SessionRef s) {
        Map<Stage, StageStatus> result = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            read(s, stage).ifPresent(st -> result.put(stage, st));
        }
        return result;
    }

    /**
     * Starts (or retries) a stage. Returns empty when the stage already reached a final state: the caller
     * then does nothing, which makes redelivered events harmless.
     */
    public Optional<Tracker> begin(SessionRef s, Stage stage) {
        StageStatus current = read(s, stage).orElse(StageStatus.pending(s, stage));
        if (current.state().isFinal()) {
            LOG.infof("session %s: %s already %s, nothing to do", s, stage.id(), current.state());
            return Optional.empty();
        }
        StageStatus running = current.state() == StageState.RUNNING
                ? current.restartedAfterInterruption()
                : current.moveTo(StageState.RUNNING, 0, null, null);
        // one worker per attempt: two events for one session read the same status at once, and only the one that
        // creates the attempt's claim (create-if-absent) runs it
        try {
            if (!store.putIfAbsent(ObjectKeys.stageClaim(s, stage, running.attempt()),
                    java.time.Instant.now().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                LOG.infof("session %s: %s attempt %d already claimed, nothing to do", s, stage.id(),
                        running.attempt());
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(running);
        StageMetrics.started(stage, running.attempt());
        return Optional.of(new Tracker(running));
    }

    /**
     * Starts a stage that runs again whenever its inputs change (fusion, once per input version): a fresh RUNNING
     * status (attempt 1) whatever the status was, without a claim; the stage itself decides whether to run.
     */
    public Tracker restart(SessionRef s, Stage stage) {
        StageStatus running = StageStatus.pending(s, stage).moveTo(StageState.RUNNING, 0, null, null);
        write(running);
        return new Tracker(running);
    }

    private void write(StageStatus status) {
        try {
            store.put(ObjectKeys.status(status.session(), status.stage()), Contract.toJson(status));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The handle a running stage reports through. */
    public final class Tracker {
        private StageStatus status;
        private long lastWrite = System.currentTimeMillis();
        private final long startedNanos = System.nanoTime();

        private Tracker(StageStatus status) {
            this.status = status;
        }

        public StageStatus status() {
            return status;
        }

        /**
         * Reports progress; this is also where a stage learns that the process is shutting down: it throws
         * {@link Shutdown.StageInterruptedException} then, so the stage stops its work and its runner puts the status
         * back to PENDING.
         */
        public void progress(double fraction) {
            if (Shutdown.underway()) {
                throw new Shutdown.StageInterruptedException(status.stage().id() + " of " + status.session()
                        + " stopped: the process is shutting down");
            }
            long now = System.currentTimeMillis();
            if (fraction - status.progress() >= PROGRESS_STEP || (now - lastWrite >= PROGRESS_MILLIS
                    && fraction > status.progress())) {
                status = status.moveTo(StageState.RUNNING, fraction, null, null);
                write(status);
                lastWrite = now;
            }
        }

        /** The process is shutting down: back to PENDING (attempt kept), so the next delivery runs it again. */
        public void interrupted() {
            status = status.moveTo(StageState.PENDING, 0, ReasonCode.INTERRUPTED,
                    "interrupted by shutdown on attempt " + status.attempt() + "; runs again on the next start");
            write(status);
            LOG.infof("session %s: %s interrupted, back to PENDING", status.session(), status.stage().id());
        }

        public void succeeded(String message) {
            finish(StageState.SUCCEEDED, null, message);
        }

        public void finish(StageState state, ReasonCode reason, String message) {
            status = status.moveTo(state, 1.0, reason, message);
            write(status);
            StageMetrics.finished(status.stage(), state, reason, Duration.ofNanos(System.nanoTime() - startedNanos));
            if (state == StageState.FAILED) {
                LOG.warnf("session %s: %s failed: %s (%s)", status.session(), status.stage().id(), reason, message);
            } else {
                LOG.infof("session %s: %s %s%s", status.session(), status.stage().id(), state,
                        reason == null ? "" : " (" + reason + ")");
            }
        }
    }
}
