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
public record SileroVadSettings(OrtSessionSettings ort, VadSegmentationSettings segmentation) {
    public SileroVadSettings {
        if (ort == null || segmentation == null) {
            throw new IllegalArgumentException("Silero VAD options need ORT settings and a segmentation");
        }
    }

    public static SileroVadSettings defaults() {
        return new SileroVadSettings(OrtSessionSettings.defaults(), VadSegmentationSettings.defaults());
    }

    public SileroVadSettings withOrt(OrtSessionSettings settings) {
        return new SileroVadSettings(settings, segmentation);
    }

    public SileroVadSettings withSegmentation(VadSegmentationSettings params) {
        return new SileroVadSettings(ort, params);
    }
}
