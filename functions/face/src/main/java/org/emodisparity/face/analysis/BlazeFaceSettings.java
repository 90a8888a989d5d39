package org.emodisparity.face.analysis;

/**
 * Detector settings for the BlazeFace + classifier family.
 *
 * @param variant   which BlazeFace model; default {@link BlazeFaceVariant#BACK_256} (full range: also finds the small
 *                  faces of gallery views, and large ones)
 * @param minScore  detection probability threshold after the sigmoid (MediaPipe uses 0.5)
 * @param nms       {@link NmsMode#WEIGHTED} as in MediaPipe, or plain
 * @param nmsIou    overlap above which two detections are the same face (MediaPipe: 0.3)
 * @param maxFaces  most faces kept per frame
 */
public record BlazeFaceSettings(BlazeFaceVariant variant, double minScore, NmsMode nms, double nmsIou, int maxFaces) {

    public static BlazeFaceSettings defaults() {
        return new BlazeFaceSettings(BlazeFaceVariant.BACK_256, 0.5, NmsMode.WEIGHTED, 0.3, 16);
    }

    public BlazeFaceSettings {
        if (!(minScore > 0 && minScore < 1) || !(nmsIou > 0 && nmsIou < 1) || maxFaces < 1) {
            throw new IllegalArgumentException("need 0 < minScore < 1, 0 < nmsIou < 1, maxFaces >= 1");
        }
    }

    public BlazeFaceSettings withVariant(BlazeFaceVariant v) {
        return new BlazeFaceSettings(v, minScore, nms, nmsIou, maxFaces);
    }

    public BlazeFaceSettings withMinScore(double score) {
        return new BlazeFaceSettings(variant, score, nms, nmsIou, maxFaces);
    }

    public BlazeFaceSettings withNms(NmsMode mode, double iou) {
        return new BlazeFaceSettings(variant, minScore, mode, iou, maxFaces);
    }
}
