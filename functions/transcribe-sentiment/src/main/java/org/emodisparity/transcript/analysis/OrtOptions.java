package org.emodisparity.transcript.analysis;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * How ONNX Runtime sessions of the text models run. One intra-op thread and no spinning by default: the function
 * shares its cores with the other modalities, and a spinning pool burns CPU between the many small batches of a
 * transcript.
 */
public record OrtOptions(int intraOpThreads, boolean allowSpinning) {

    public OrtOptions {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be >= 1, was " + intraOpThreads);
        }
    }

    public static OrtOptions defaults() {
        return new OrtOptions(1, false);
    }

    /** Fresh options for one session; the caller closes them with the session. */
    public OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(intraOpThreads);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        String spinning = allowSpinning ? "1" : "0";
        options.addConfigEntry("session.intra_op.allow_spinning", spinning);
        options.addConfigEntry("session.inter_op.allow_spinning", spinning);
        return options;
    }
}
