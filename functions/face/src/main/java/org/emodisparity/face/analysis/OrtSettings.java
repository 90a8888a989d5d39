package org.emodisparity.face.analysis;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;

/**
 * ONNX Runtime session options shared by the face models.
 *
 * @param useCuda          try the CUDA execution provider first (falls back to CPU, with a log line, when the
 *                         runtime has no CUDA support or no device)
 * @param cudaDevice       CUDA device id
 * @param intraOpThreads   threads per operator; 1 by default because frame decoding runs in parallel and, on small
 *                         machines, more threads (spinning ones especially) were 3-4x slower
 * @param optimisation     graph optimisation level
 */
public record OrtSettings(boolean useCuda, int cudaDevice, int intraOpThreads, OptLevel optimisation) {

    public static OrtSettings defaults() {
        return new OrtSettings(false, 0, 1, OptLevel.ALL_OPT);
    }

    public OrtSettings {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be >= 1, was " + intraOpThreads);
        }
    }

    public OrtSettings withCuda(boolean use, int device) {
        return new OrtSettings(use, device, intraOpThreads, optimisation);
    }

    public OrtSettings withIntraOpThreads(int threads) {
        return new OrtSettings(useCuda, cudaDevice, threads, optimisation);
    }

    public OrtSettings withOptimisation(OptLevel level) {
        return new OrtSettings(useCuda, cudaDevice, intraOpThreads, level);
    }
}
