package org.emodisparity.speech.analysis;

/**
 * Settings of the Silero VAD: ONNX Runtime threading and the segmentation of its probabilities.
 *
 * @param intraOpThreads ONNX Runtime intra-op threads (default 1: the model is tiny and runs frame by frame, so
 *        more threads only add synchronisation)
 * @param allowSpinning whether idle ONNX Runtime threads spin-wait (default false: spinning threads made the VAD
 *        3–4× slower on a busy 2-core machine)
 * @param segmentation how probabilities become speech regions
 */
public record SileroVadOptions(int intraOpThreads, boolean allowSpinning, VadSegmentationParams segmentation) {
    public SileroVadOptions {
        if (intraOpThreads < 1 || segmentation == null) {
            throw new IllegalArgumentException("invalid Silero VAD options");
        }
    }

    public static SileroVadOptions defaults() {
        return new SileroVadOptions(1, false, VadSegmentationParams.defaults());
    }

    public SileroVadOptions withSegmentation(VadSegmentationParams params) {
        return new SileroVadOptions(intraOpThreads, allowSpinning, params);
    }
}
