package org.emodisparity.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.emodisparity.model.store.ObjectStore;
import org.jboss.logging.Logger;

/**
 * What every stage (segmenter, the three modalities, fusion) does around its own work: registers the run with
 * {@link Shutdown}, starts the stage's status ({@link SessionStatusStore}), replays the output event of a stage
 * that is already final, puts the status back to PENDING when the process shuts down under the stage, turns a
 * failure into a final status (FAILED, or the outcome the stage gives it), writes the output and ends the status.
 *
 * <p>Two ways to start: {@link Runs#ONCE} (segmenter and modalities: an attempt is claimed once, a final status
 * means "done, replay the output"), and {@link Runs#PER_INPUT} (fusion: runs again whenever its inputs change; the
 * stage decides in {@link Job#without()} whether there is anything to do).
 *
 * <p>Also the chores the stages share: loading the window plan ({@link #plan}) and rounding ({@link #round}).
 */
public final class StageRunner {
    private static final Logger LOG = Logger.getLogger(StageRunner.class);

    /** How a run starts its status. */
    public enum Runs {
        /** Claims one attempt; a final status replays the output ({@link Job#replay()}). */
        ONCE,
        /** A fresh RUNNING status on every run that has something to do (once per input version). */
        PER_INPUT
    }

    /**
     * How an attempt ended: the stage's output and the final status; {@link #unfinished} leaves the status as it is
     * (the stage runs again at once).
     */
    public record Outcome<T>(T output, StageState state, ReasonCode reason, String message) {
        public static <T> Outcome<T> succeeded(T output) {
            return new Outcome<>(output, StageState.SUCCEEDED, null, null);
        }

        public static <T> Outcome<T> unfinished(T output) {
            return new Outcome<>(output, null, null, null);
        }

        public boolean finished() {
            return state != null;
        }
    }

    /** One run of a stage for one event. */
    public interface Job<T> {
        /**
         * Before any status is written: the output when there is nothing to run now (a second recording, a fan-in
         * still waiting, a report of the same inputs); empty to run.
         */
        default Optional<T> without() {
            return Optional.empty();
        }

        /** The output of a stage already final ({@link Runs#ONCE}): what a redelivered event replays. */
        T replay();

        /** The stage's own work; progress and the shutdown signal go through the tracker. */
        Outcome<T> attempt(SessionStatusStore.Tracker tracker) throws Exception;

        /**
         * A failure that is no interruption: the outcome to record (e.g. a FAILED part), or empty to end the status
         * FAILED ({@code INTERNAL_ERROR}) and rethrow.
         */
        default Optional<Outcome<T>> failed(Throwable e) {
            return Optional.empty();
        }

        /** Whether an outcome found while the process shuts down is no result of the session (it runs again). */
        default boolean redoneAfterShutdown(Outcome<T> outcome) {
            return false;
        }

        /** Writes what the outcome produced, before the final status. */
        default void keep(Outcome<T> outcome) throws IOException {
        }

        /** What {@link #keep} writes, for the status message when it cannot. */
        default String outputName() {
            return "output";
        }
    }

    private final ObjectStore store;
    private final SessionStatusStore statuses;
    private final Stage stage;
    private final Runs runs;

    public StageRunner(ObjectStore store, Stage stage, Runs runs) {
        this.store = store;
        this.statuses = new SessionStatusStore(store);
        this.stage = stage;
        this.runs = runs;
    }

    public Stage stage() {
        return stage;
    }

    public SessionStatusStore statuses() {
        return statuses;
    }

    public <T> T run(SessionRef session, Job<T> job) {
        // registered until the status is final or back to PENDING: the shutdown hook waits for that
        try (Shutdown.Work work = Shutdown.running(stage.id() + " of " + session)) {
            return runRegistered(session, job);
        }
    }

    private <T> T runRegistered(SessionRef session, Job<T> job) {
        Optional<T> nothingToDo = job.without();
        if (nothingToDo.isPresent()) {
            return nothingToDo.get();
        }
        Optional<SessionStatusStore.Tracker> started = runs == Runs.ONCE ? statuses.begin(session, stage)
                : Optional.of(statuses.restart(session, stage));
        if (started.isEmpty()) {
            return job.replay();
        }
        SessionStatusStore.Tracker tracker = started.get();
        Outcome<T> outcome;
        try {
            outcome = job.attempt(tracker);
        } catch (Exception | LinkageError e) {
            if (Shutdown.underway() || e instanceof Shutdown.StageInterruptedException) {
                // a model torn down under the stage, an interrupted thread: not a failure of the session
                throw interrupted(session, tracker);
            }
            // a native library that cannot load is a LinkageError: it must end the stage as FAILED, not leave it
            // RUNNING with the stages after it waiting forever
            LOG.errorf(e, "session %s: %s failed", session, stage.id());
            Optional<Outcome<T>> recorded = job.failed(e);
            if (recorded.isEmpty()) {
                tracker.finish(StageState.FAILED, ReasonCode.INTERNAL_ERROR, e.getClass().getSimpleName());
                throw unchecked(e);
            }
            outcome = recorded.get();
        }
        if (!outcome.finished()) {
            return outcome.output();
        }
        if (Shutdown.underway() && job.redoneAfterShutdown(outcome)) {
            // a stage that found nothing usable just as the process stops may have lost its model under it: it is
            // not a result of the session, so it runs again
            throw interrupted(session, tracker);
        }
        try {
            job.keep(outcome);
        } catch (IOException e) {
            tracker.finish(StageState.FAILED, ReasonCode.INTERNAL_ERROR, "cannot write the " + job.outputName());
            throw new UncheckedIOException(e);
        }
        tracker.finish(outcome.state(), outcome.reason(), outcome.message());
        return outcome.output();
    }

    private Shutdown.StageInterruptedException interrupted(SessionRef session, SessionStatusStore.Tracker tracker) {
        tracker.interrupted();
        return new Shutdown.StageInterruptedException(stage.id() + " of " + session + " interrupted");
    }

    private static RuntimeException unchecked(Throwable e) {
        if (e instanceof RuntimeException re) {
            return re;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(e);
    }

    /** The session's window plan, as the segmenter wrote it. */
    public WindowPlan plan(SessionRef session) {
        return plan(ObjectKeys.plan(session));
    }

    /** The window plan at the event's key. */
    public WindowPlan plan(String planKey) {
        try {
            return Contract.fromJson(store.get(planKey).orElseThrow(
                    () -> new IllegalStateException("plan missing")), WindowPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A number for a part or report, to {@code decimals} places (half up). The stages keep the places their outputs
     * always had (estimates 4, speech measures 3), so the same inputs give the same JSON.
     */
    public static double round(double v, int decimals) {
        double scale = SCALES[decimals];
        return Math.round(v * scale) / scale;
    }

    private static final double[] SCALES = {1, 10, 100, 1000, 1e4, 1e5, 1e6};
}
