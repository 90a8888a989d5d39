package org.emodisparity.face;

import jakarta.enterprise.context.ApplicationScoped;
import org.emodisparity.model.ModalityStageRunner;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.store.ObjectStore;

/**
 * The face stage: reads the session's plan and media from the work area and writes its timeline part.
 * Until its models are installed (face detection and facial-emotion) it records that the modality is unavailable rather than
 * inventing labels.
 */
@ApplicationScoped
public class FaceAnalysis {
    private final ModalityStageRunner runner;

    public FaceAnalysis(ObjectStore store) {
        this.runner = new ModalityStageRunner(store, Stage.FACE);
    }

    public PartDone analyse(SessionSegmented event) {
        return runner.run(event, this::timeline);
    }

    private ModalityTimeline timeline(SessionSegmented event, SessionStatusStore.Tracker tracker) {
        ReasonCode skip = event.skipReason(Stage.FACE);
        if (skip != null) {
            return ModalityTimeline.without(event.session(), Stage.FACE, Availability.SKIPPED, skip,
                    "skipped: " + skip.meaning());
        }
        return ModalityTimeline.without(event.session(), Stage.FACE, Availability.UNAVAILABLE,
                ReasonCode.NO_MODEL, "modality unavailable: no model configured");
    }
}
