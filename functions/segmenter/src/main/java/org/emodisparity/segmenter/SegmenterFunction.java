package org.emodisparity.segmenter;

import io.quarkus.funqy.Funq;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.PipelineEvents.UploadCreated;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageStatus;
import org.emodisparity.model.store.ObjectStore;

/**
 * HTTP entry point (funqy-http: {@code POST /segment}). Answers with the fan-out event (absent when the upload
 * was rejected) and the segmenter status, whose reason says why.
 */
public class SegmenterFunction {
    public record SegmentOutcome(SessionSegmented segmented, StageStatus status) {
    }

    private final SegmenterStage segmenter;
    private final SessionStatusStore statuses;

    public SegmenterFunction(SegmenterStage segmenter, ObjectStore store) {
        this.segmenter = segmenter;
        this.statuses = new SessionStatusStore(store);
    }

    @Funq("segment")
    public SegmentOutcome segment(UploadCreated event) {
        SessionSegmented segmented = segmenter.segment(event).orElse(null);
        StageStatus status = org.emodisparity.model.ObjectKeys.parseUpload(event.key())
                .flatMap(u -> statuses.read(u.session(), Stage.SEGMENTER)).orElse(null);
        return new SegmentOutcome(segmented, status);
    }
}
