package org.emodisparity.face;

import io.quarkus.funqy.Funq;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;

/** HTTP entry point (funqy-http: {@code POST /face}). */
public class FaceFunction {
    private final FaceStage analysis;

    public FaceFunction(FaceStage analysis) {
        this.analysis = analysis;
    }

    @Funq("face")
    public PartDone face(SessionSegmented event) {
        return analysis.analyse(event);
    }
}
