package org.emodisparity.segmenter;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.PipelineEvents.UploadCreated;

/**
 * Messaging binding: {@code uploads} in, {@code segmented} out (broadcast to the three modality stages when
 * they run in the same process; a queue/topic per stage when distributed). A null result sends nothing.
 */
@ApplicationScoped
public class SegmenterChannels {
    private final SegmenterStage segmenter;

    public SegmenterChannels(SegmenterStage segmenter) {
        this.segmenter = segmenter;
    }

    @Incoming("uploads")
    @Outgoing("segmented")
    @Broadcast
    @Blocking(ordered = false)
    public SessionSegmented onUpload(UploadCreated event) {
        return segmenter.segment(event).orElse(null);
    }
}
