package org.emodisparity.transcript;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;

/** Messaging binding: {@code segmented} in (fan-out), {@code parts} out (fan-in at fusion). */
@ApplicationScoped
public class TranscriptChannels {
    private final TranscriptStage analysis;

    public TranscriptChannels(TranscriptStage analysis) {
        this.analysis = analysis;
    }

    @Incoming("segmented")
    @Outgoing("parts")
    @Blocking(ordered = false)
    public PartDone onTranscriptWork(SessionSegmented event) {
        return analysis.analyse(event);
    }
}
