package org.emodisparity.fusion;

import io.quarkus.funqy.Funq;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.ReportReady;

/** HTTP entry point (funqy-http: {@code POST /fuse}); null while parts are missing. */
public class FusionFunction {
    private final FusionStage fusion;

    public FusionFunction(FusionStage fusion) {
        this.fusion = fusion;
    }

    @Funq("fuse")
    public ReportReady fuse(PartDone event) {
        return fusion.onPartDone(event).orElse(null);
    }
}
