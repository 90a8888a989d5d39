package org.emodisparity.transcript;

import io.quarkus.funqy.Funq;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;

/** HTTP entry point (funqy-http: {@code POST /transcribe}). */
public class TranscriptFunction {
    private final TranscriptStage analysis;

    public TranscriptFunction(TranscriptStage analysis) {
        this.analysis = analysis;
    }

    @Funq("transcribe")
    public PartDone transcribe(SessionSegmented event) {
        return analysis.analyse(event);
    }
}
