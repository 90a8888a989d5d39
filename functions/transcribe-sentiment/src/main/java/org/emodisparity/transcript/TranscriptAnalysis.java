package org.emodisparity.transcript;

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
 * The transcribe-sentiment stage: reads the session's plan and media from the work area and writes its timeline part.
 * Until its models are installed (speech-recognition and text-emotion) it records that the modality is unavailable rather than
 * inventing labels.
 */
@ApplicationScoped
public class TranscriptAnalysis {
    private final ModalityStageRunner runner;

    public TranscriptAnalysis(ObjectStore store) {
        this.runner = new ModalityStageRunner(store, Stage.TRANSCRIPT);
    }

    public PartDone analyse(SessionSegmented event) {
        return runner.run(event, this::timeline);
    }

    private ModalityTimeline timeline(SessionSegmented event, SessionStatusStore.Tracker tracker) {
        ReasonCode skip = event.skipReason(Stage.TRANSCRIPT);
        if (skip != null) {
            return ModalityTimeline.without(event.session(), Stage.TRANSCRIPT, Availability.SKIPPED, skip,
                    "skipped: " + skip.meaning());
        }
        return ModalityTimeline.without(event.session(), Stage.TRANSCRIPT, Availability.UNAVAILABLE,
                ReasonCode.NO_MODEL, "modality unavailable: no model configured");
    }
}
