package org.emodisparity.model;

import java.io.IOException;
import java.util.Optional;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.store.ObjectStore;

/**
 * The modality stages' (face, speech, transcribe-sentiment) layer over {@link StageRunner}: the analysis returns a
 * timeline, which is written as the stage's part, and the stage's status follows the timeline's availability; an
 * exception becomes a FAILED part so fusion can still report; a redelivered trigger finds the stage already done
 * and replays the PartDone event.
 */
public final class ModalityStageRunner {
    /** The stage's own work: returns its timeline (AVAILABLE, or why not). */
    @FunctionalInterface
    public interface Analysis {
        ModalityTimeline analyse(SessionSegmented event, SessionStatusStore.Tracker tracker) throws Exception;
    }

    private final ObjectStore store;
    private final StageRunner runner;
    private final Stage stage;

    public ModalityStageRunner(ObjectStore store, Stage stage) {
        if (!Stage.MODALITIES.contains(stage)) {
            throw new IllegalArgumentException(stage + " is not a modality stage");
        }
        this.store = store;
        this.runner = new StageRunner(store, stage, StageRunner.Runs.ONCE);
        this.stage = stage;
    }

    /** The window plan of the event's session. */
    public WindowPlan plan(SessionSegmented event) {
        return runner.plan(event.planKey());
    }

    /**
     * As {@link #run}, but a stage the segmenter found nothing for (no video stream for face, no audio for speech:
     * {@link SessionSegmented#skipReason}) records a SKIPPED part with the segmenter's reason instead of analysing.
     */
    public PartDone runUnlessSkipped(SessionSegmented event, Analysis analysis) {
        return run(event, (e, tracker) -> {
            ReasonCode skip = e.skipReason(stage);
            return skip != null ? ModalityTimeline.without(e.session(), stage, Availability.SKIPPED, skip,
                    "skipped: " + skip.meaning()) : analysis.analyse(e, tracker);
        });
    }

    public PartDone run(SessionSegmented event, Analysis analysis) {
        SessionRef session = event.session();
        PartDone done = new PartDone(session, stage, ObjectKeys.part(session, stage));
        return runner.run(session, new StageRunner.Job<PartDone>() {
            private ModalityTimeline timeline;

            @Override
            public PartDone replay() {
                return done;
            }

            @Override
            public StageRunner.Outcome<PartDone> attempt(SessionStatusStore.Tracker tracker) throws Exception {
                return outcome(analysis.analyse(event, tracker));
            }

            @Override
            public Optional<StageRunner.Outcome<PartDone>> failed(Throwable e) {
                return Optional.of(outcome(ModalityTimeline.without(session, stage, Availability.FAILED,
                        ReasonCode.INTERNAL_ERROR, stage.id() + " failed: " + e.getClass().getSimpleName())));
            }

            private StageRunner.Outcome<PartDone> outcome(ModalityTimeline result) {
                timeline = result;
                return new StageRunner.Outcome<>(done, switch (result.availability()) {
                    case AVAILABLE -> StageState.SUCCEEDED;
                    case UNAVAILABLE -> StageState.UNAVAILABLE;
                    case SKIPPED -> StageState.SKIPPED;
                    case FAILED -> StageState.FAILED;
                }, result.reason(), result.message());
            }

            @Override
            public boolean redoneAfterShutdown(StageRunner.Outcome<PartDone> outcome) {
                return timeline.availability() == Availability.FAILED
                        || timeline.availability() == Availability.UNAVAILABLE;
            }

            @Override
            public void keep(StageRunner.Outcome<PartDone> outcome) throws IOException {
                store.put(done.partKey(), Contract.toJson(timeline));
            }

            @Override
            public String outputName() {
                return "part";
            }
        });
    }
}
