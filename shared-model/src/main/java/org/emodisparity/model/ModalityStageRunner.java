package org.emodisparity.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.store.ObjectStore;
import org.jboss.logging.Logger;

/**
 * What every modality stage (face, speech, transcribe-sentiment) does around its analysis: status life cycle,
 * writing the part, turning an exception into a FAILED part so fusion can still report, and replaying the
 * PartDone event when a redelivered trigger finds the stage already done.
 */
public final class ModalityStageRunner {
    private static final Logger LOG = Logger.getLogger(ModalityStageRunner.class);

    /** The stage's own work: returns its timeline (AVAILABLE, or why not). */
    @FunctionalInterface
    public interface Analysis {
        ModalityTimeline analyse(SessionSegmented event, SessionStatusStore.Tracker tracker) throws Exception;
    }

    private final ObjectStore store;
    private final SessionStatusStore statuses;
    private final Stage stage;

    public ModalityStageRunner(ObjectStore store, Stage stage) {
        if (!Stage.MODALITIES.contains(stage)) {
            throw new IllegalArgumentException(stage + " is not a modality stage");
        }
        this.store = store;
        this.statuses = new SessionStatusStore(store);
        this.stage = stage;
    }

    public PartDone run(SessionSegmented event, Analysis analysis) {
        SessionRef session = event.session();
        String partKey = ObjectKeys.part(session, stage);
        // registered until the status is final or back to PENDING: the shutdown hook waits for that
        try (Shutdown.Work work = Shutdown.running(stage.id() + " of " + session)) {
            return runRegistered(event, analysis, session, partKey);
        }
    }

    private PartDone runRegistered(SessionSegmented event, Analysis analysis, SessionRef session, String partKey) {
        Optional<SessionStatusStore.Tracker> started = statuses.begin(session, stage);
        if (started.isEmpty()) {
            return new PartDone(session, stage, partKey);
        }
        SessionStatusStore.Tracker tracker = started.get();
        ModalityTimeline timeline;
        try {
            timeline = analysis.analyse(event, tracker);
        } catch (Exception | LinkageError e) {
            if (Shutdown.underway() || e instanceof Shutdown.StageInterruptedException) {
                // a model torn down under the stage, an interrupted thread: not a failure of the session
                tracker.interrupted();
                throw new Shutdown.StageInterruptedException(stage.id() + " of " + session + " interrupted");
            }
            // a native library that cannot load is a LinkageError: it must end the stage as FAILED, not leave it
            // RUNNING with fusion waiting for it forever
            LOG.errorf(e, "session %s: %s failed", session, stage.id());
            timeline = ModalityTimeline.without(session, stage, Availability.FAILED, ReasonCode.INTERNAL_ERROR,
                    stage.id() + " failed: " + e.getClass().getSimpleName());
        }
        if (Shutdown.underway() && (timeline.availability() == Availability.FAILED
                || timeline.availability() == Availability.UNAVAILABLE)) {
            // a stage that found nothing usable just as the process stops may have lost its model under it: it is
            // not a result of the session, so it runs again
            tracker.interrupted();
            throw new Shutdown.StageInterruptedException(stage.id() + " of " + session + " interrupted");
        }
        try {
            store.put(partKey, Contract.toJson(timeline));
        } catch (IOException e) {
            tracker.finish(StageState.FAILED, ReasonCode.INTERNAL_ERROR, "cannot write the part");
            throw new UncheckedIOException(e);
        }
        tracker.finish(switch (timeline.availability()) {
            case AVAILABLE -> StageState.SUCCEEDED;
            case UNAVAILABLE -> StageState.UNAVAILABLE;
            case SKIPPED -> StageState.SKIPPED;
            case FAILED -> StageState.FAILED;
        }, timeline.reason(), timeline.message());
        return new PartDone(session, stage, partKey);
    }
}
