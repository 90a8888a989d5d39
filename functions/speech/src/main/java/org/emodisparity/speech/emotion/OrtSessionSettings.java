package org.emodisparity.speech.emotion;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;

/**
 * ONNX Runtime settings of the speech-emotion session.
 *
 * @param useCuda        try the CUDA execution provider first; without CUDA support in the runtime or without a
 *                       device the session falls back to CPU with a log line
 * @param cudaDevice     CUDA device id
 * @param intraOpThreads threads per operator (default 1: the stages of a session run in parallel on small machines,
 *                       where more threads only contend)
 * @param allowSpinning  whether idle ORT threads busy-wait ({@code session.intra_op.allow_spinning}; default false,
 *                       spinning made ORT 3–4× slower on a busy 2-core machine)
 * @param optimisation   graph optimisation level
 */
public record OrtSessionSettings(boolean useCuda, int cudaDevice, int intraOpThreads, boolean allowSpinning,
        OptLevel optimisation) {

    public OrtSessionSettings {
        if (cudaDevice < 0 || intraOpThreads < 1 || optimisation == null) {
            throw new IllegalArgumentException("invalid ONNX Runtime settings: device " + cudaDevice + ", "
                    + intraOpThreads + " intra-op threads, optimisation " + optimisation);
        }
    }

    public static OrtSessionSettings defaults() {
        return new OrtSessionSettings(false, 0, 1, false, OptLevel.ALL_OPT);
    }

    public OrtSessionSettings withCuda(boolean use, int device) {
        return new OrtSessionSettings(use, device, intraOpThreads, allowSpinning, optimisation);
    }

    public OrtSessionSettings withIntraOpThreads(int threads) {
        return new OrtSessionSettings(useCuda, cudaDevice, threads, allowSpinning, optimisation);
    }
}
