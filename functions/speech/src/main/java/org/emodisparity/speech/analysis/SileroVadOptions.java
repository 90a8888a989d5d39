package org.emodisparity.speech.analysis;

import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * Settings of the Silero VAD: how its ONNX Runtime session is opened and how its probabilities are segmented.
 *
 * @param ort how the session is opened; default {@link OrtSessionSettings#defaults()} (CPU, 1 intra-op thread, no
 *        spinning: the model is tiny and runs frame by frame, so more threads only add synchronisation, and
 *        spinning threads made the VAD 3–4× slower on a busy 2-core machine)
 * @param segmentation how probabilities become speech regions
 */
public record SileroVadOptions(OrtSessionSettings ort, VadSegmentationParams segmentation) {
    public SileroVadOptions {
        if (ort == null || segmentation == null) {
            throw new IllegalArgumentException("Silero VAD options need ORT settings and a segmentation");
        }
    }

    public static SileroVadOptions defaults() {
        return new SileroVadOptions(OrtSessionSettings.defaults(), VadSegmentationParams.defaults());
    }

    public SileroVadOptions withOrt(OrtSessionSettings settings) {
        return new SileroVadOptions(settings, segmentation);
    }

    public SileroVadOptions withSegmentation(VadSegmentationParams params) {
        return new SileroVadOptions(ort, params);
    }
}
