package org.emodisparity.speech;

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
 * The speech stage: reads the session's plan and media from the work area and writes its timeline part.
 * Until its models are installed (voice-activity and speech-emotion) it records that the modality is unavailable rather than
 * inventing labels.
 */
@ApplicationScoped
public class SpeechAnalysis {
    private final ModalityStageRunner runner;

    public SpeechAnalysis(ObjectStore store) {
        this.runner = new ModalityStageRunner(store, Stage.SPEECH);
    }

    public PartDone analyse(SessionSegmented event) {
        return runner.run(event, this::timeline);
    }

    private ModalityTimeline timeline(SessionSegmented event, SessionStatusStore.Tracker tracker) {
        ReasonCode skip = event.skipReason(Stage.SPEECH);
        if (skip != null) {
            return ModalityTimeline.without(event.session(), Stage.SPEECH, Availability.SKIPPED, skip,
                    "skipped: " + skip.meaning());
        }
        return ModalityTimeline.without(event.session(), Stage.SPEECH, Availability.UNAVAILABLE,
                ReasonCode.NO_MODEL, "modality unavailable: no model configured");
    }
}
