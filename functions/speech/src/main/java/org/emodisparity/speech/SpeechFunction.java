package org.emodisparity.speech;

import io.quarkus.funqy.Funq;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;

/** HTTP entry point (funqy-http: {@code POST /speech}). */
public class SpeechFunction {
    private final SpeechStage analysis;

    public SpeechFunction(SpeechStage analysis) {
        this.analysis = analysis;
    }

    @Funq("speech")
    public PartDone speech(SessionSegmented event) {
        return analysis.analyse(event);
    }
}
