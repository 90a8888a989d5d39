package org.emodisparity.models.onnx;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.ExecutionMode;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;

/**
 * How the functions open ONNX Runtime sessions; one record for every model so that the choices below are made once.
 * {@link OrtModelSession} opens a model with it.
 *
 * <p>The defaults are CPU, one intra-op thread and no spinning: the functions run several stages (frame decoding,
 * models) side by side on small machines, where more ORT threads only contend, and idle ORT threads that spin
 * (busy-wait) starve the other stages: with spinning on, inference measured 3–4× slower on a busy 2-core machine.
 *
 * @param useCuda        try the CUDA execution provider first; a runtime without CUDA support (the CPU
 *                       {@code onnxruntime} artifact) or a machine without a device falls back to CPU with one log
 *                       line (see {@link OrtModelSession})
 * @param cudaDevice     CUDA device id (&gt;= 0)
 * @param intraOpThreads threads per operator (&gt;= 1; default 1)
 * @param allowSpinning  whether idle ORT threads busy-wait ({@code session.intra_op.allow_spinning} and
 *                       {@code session.inter_op.allow_spinning}; default false)
 * @param optimisation   graph optimisation level (default {@link OptLevel#ALL_OPT})
 */
public record OrtSessionSettings(boolean useCuda, int cudaDevice, int intraOpThreads, boolean allowSpinning,
        OptLevel optimisation) {
    static final String INTRA_OP_SPINNING = "session.intra_op.allow_spinning";
    static final String INTER_OP_SPINNING = "session.inter_op.allow_spinning";

    public OrtSessionSettings {
        if (cudaDevice < 0 || intraOpThreads < 1 || optimisation == null) {
            throw new IllegalArgumentException("invalid ONNX Runtime settings: CUDA device " + cudaDevice
                    + " (must be >= 0), " + intraOpThreads + " intra-op threads (must be >= 1), optimisation "
                    + optimisation + " (required)");
        }
    }

    /** CPU, device 0, one intra-op thread, no spinning, all graph optimisations. */
    public static OrtSessionSettings defaults() {
        return new OrtSessionSettings(false, 0, 1, false, OptLevel.ALL_OPT);
    }

    public OrtSessionSettings withCuda(boolean use, int device) {
        return new OrtSessionSettings(use, device, intraOpThreads, allowSpinning, optimisation);
    }

    public OrtSessionSettings withIntraOpThreads(int threads) {
        return new OrtSessionSettings(useCuda, cudaDevice, threads, allowSpinning, optimisation);
    }

    public OrtSessionSettings withAllowSpinning(boolean allow) {
        return new OrtSessionSettings(useCuda, cudaDevice, intraOpThreads, allow, optimisation);
    }

    public OrtSessionSettings withOptimisation(OptLevel level) {
        return new OrtSessionSettings(useCuda, cudaDevice, intraOpThreads, allowSpinning, level);
    }

    /**
     * Fresh CPU session options (the caller closes them): {@link #intraOpThreads()} intra-op threads, one inter-op
     * thread with sequential execution, {@link #optimisation()}, spinning as {@link #allowSpinning()}, and ORT's own
     * log at ERROR (converted models carry unused initializers whose warnings are noise). CUDA is not added here;
     * {@link OrtModelSession#open} does that, with its fallback.
     */
    public SessionOptions newSessionOptions() throws OrtException {
        SessionOptions options = new SessionOptions();
        try {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(optimisation);
            String spinning = allowSpinning ? "1" : "0";
            options.addConfigEntry(INTRA_OP_SPINNING, spinning);
            options.addConfigEntry(INTER_OP_SPINNING, spinning);
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }
}
