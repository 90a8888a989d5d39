package org.emodisparity.face;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;

/** Messaging binding: {@code segmented} in (fan-out), {@code parts} out (fan-in at fusion). */
@ApplicationScoped
public class FaceChannels {
    private final FaceStage analysis;

    public FaceChannels(FaceStage analysis) {
        this.analysis = analysis;
    }

    @Incoming("segmented")
    @Outgoing("parts")
    @Blocking(ordered = false)
    public PartDone onFaceWork(SessionSegmented event) {
        return analysis.analyse(event);
    }
}
