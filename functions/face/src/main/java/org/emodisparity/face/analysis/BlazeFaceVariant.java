package org.emodisparity.face.analysis;

/**
 * The two BlazeFace models of the catalog. Both have 896 anchors (a 16 x 16 grid with 2 anchors per cell and an
 * 8 x 8 grid with 6), in two score and two regressor tensors.
 */
public enum BlazeFaceVariant {
    /** Back-camera (full-range) model, 256 px input, strides 16/32/32/32: finds smaller faces, e.g. gallery tiles. */
    BACK_256("blazeface-back-256", "face_detection_back_256x256.onnx", 256, new int[] {16, 32, 32, 32}),
    /** Front-camera (short-range) model, 128 px input, strides 8/16/16/16: faces filling much of the frame. */
    FRONT_128("blazeface-front-128", "face_detection_front_128x128.onnx", 128, new int[] {8, 16, 16, 16});

    private final String modelId;
    private final String fileName;
    private final int inputSize;
    private final int[] strides;

    BlazeFaceVariant(String modelId, String fileName, int inputSize, int[] strides) {
        this.modelId = modelId;
        this.fileName = fileName;
        this.inputSize = inputSize;
        this.strides = strides;
    }

    /** The variant of a catalog id ({@code blazeface-back-256}, {@code blazeface-front-128}). */
    public static BlazeFaceVariant forModel(String modelId) {
        for (BlazeFaceVariant v : values()) {
            if (v.modelId.equals(modelId)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a BlazeFace model of the catalog: " + modelId + " (expected one of "
                + java.util.Arrays.stream(values()).map(BlazeFaceVariant::modelId).toList() + ")");
    }

    public String modelId() {
        return modelId;
    }

    public String fileName() {
        return fileName;
    }

    public int inputSize() {
        return inputSize;
    }

    int[] strides() {
        return strides.clone();
    }
}
