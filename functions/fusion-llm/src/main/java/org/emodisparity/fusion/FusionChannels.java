package org.emodisparity.fusion;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.annotations.Merge;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.ReportReady;

/**
 * Messaging binding: {@code parts} in (merged from the three modality stages), {@code reports} out.
 * Ordered blocking processing: the parts of one process are fused one at a time, so the fan-in check and the
 * report write never race inside a process (across processes the input-version key keeps it idempotent).
 */
@ApplicationScoped
public class FusionChannels {
    private final FusionStage fusion;

    public FusionChannels(FusionStage fusion) {
        this.fusion = fusion;
    }

    @Incoming("parts")
    @Merge
    @Outgoing("reports")
    @Blocking
    public ReportReady onPart(PartDone event) {
        return fusion.onPartDone(event).orElse(null);
    }
}
