package org.emodisparity.face.analysis;

import java.util.List;
import org.emodisparity.model.LabelMapping;

/**
 * Settings of the YOLO emotion detector family (the paper's model: a YOLOv8/YOLO11 export whose classes are emotions).
 *
 * @param modelId       catalog id reported with each estimate
 * @param labels        class names in the model's output order (its data.yaml)
 * @param mapping       table from those labels to the canonical ones (CK+ by default)
 * @param minConfidence a candidate is kept when its best class score reaches this (Ultralytics' {@code conf})
 * @param nmsIou        overlap above which candidates are the same face
 * @param agnosticNms   true: one box per face whatever its class (a face has one expression, default);
 *                      false: Ultralytics' default class-wise NMS
 * @param maxFaces      most faces kept per frame
 * @param inputSize     square input side used when the model declares a dynamic one
 */
public record YoloSettings(String modelId, List<String> labels, LabelMapping mapping, double minConfidence,
                           double nmsIou, boolean agnosticNms, int maxFaces, int inputSize) {

    public static final String DEFAULT_MODEL_ID = "yolo-face-emotion";
    public static final String DEFAULT_FILE_NAME = "yolo-face-emotion.onnx";
    /** CK+ classes in the order of the catalog entry {@code yolo-face-emotion}. */
    public static final List<String> CK_PLUS_LABELS =
            List.of("anger", "contempt", "disgust", "fear", "happy", "sadness", "surprise");

    public static YoloSettings defaults() {
        return new YoloSettings(DEFAULT_MODEL_ID, CK_PLUS_LABELS, LabelMapping.CK_PLUS, 0.25, 0.45, true, 16, 640);
    }

    public YoloSettings {
        labels = List.copyOf(labels);
        if (labels.isEmpty() || !(minConfidence >= 0 && minConfidence < 1) || !(nmsIou > 0 && nmsIou <= 1)
                || maxFaces < 1 || inputSize < 32) {
            throw new IllegalArgumentException("invalid YOLO settings " + labels + " conf=" + minConfidence
                    + " iou=" + nmsIou + " maxFaces=" + maxFaces + " inputSize=" + inputSize);
        }
        labels.forEach(mapping::canonical); // an unmapped label is a configuration error, found now
    }

    public YoloSettings withModel(String id, List<String> classLabels, LabelMapping table) {
        return new YoloSettings(id, classLabels, table, minConfidence, nmsIou, agnosticNms, maxFaces, inputSize);
    }

    public YoloSettings withNms(boolean agnostic, double iou) {
        return new YoloSettings(modelId, labels, mapping, minConfidence, iou, agnostic, maxFaces, inputSize);
    }

    public YoloSettings withMinConfidence(double conf) {
        return new YoloSettings(modelId, labels, mapping, conf, nmsIou, agnosticNms, maxFaces, inputSize);
    }
}
