package org.emodisparity.face;

import io.quarkus.funqy.Funq;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;

/** HTTP entry point (funqy-http: {@code POST /face}). */
public class FaceFunction {
    private final FaceAnalysis analysis;

    public FaceFunction(FaceAnalysis analysis) {
        this.analysis = analysis;
    }

    @Funq("face")
    public PartDone face(SessionSegmented event) {
        return analysis.analyse(event);
    }
}
