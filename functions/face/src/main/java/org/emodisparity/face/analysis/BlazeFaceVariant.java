package org.emodisparity.face.analysis;

import java.util.List;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.ModelFile;

/**
 * A BlazeFace model as the detector needs it: its catalog id, its ONNX file and its square input size. The anchor
 * layout follows from the input size (MediaPipe's SSD anchors: a 16 x 16 grid with 2 anchors per cell and an 8 x 8
 * grid with 6, 896 in all, so strides of size/16 and size/8), so any BlazeFace model of the catalog is described by
 * its entry ({@link #of(ModelEntry)}); the catalog's two are {@link #BACK_256} and {@link #FRONT_128}.
 */
public record BlazeFaceVariant(String modelId, String fileName, int inputSize) {
    /** Back-camera (full-range) model, 256 px input, strides 16/32/32/32: finds smaller faces, e.g. gallery tiles. */
    public static final BlazeFaceVariant BACK_256 = new BlazeFaceVariant("blazeface-back-256",
            "face_detection_back_256x256.onnx", 256);
    /** Front-camera (short-range) model, 128 px input, strides 8/16/16/16: faces filling much of the frame. */
    public static final BlazeFaceVariant FRONT_128 = new BlazeFaceVariant("blazeface-front-128",
            "face_detection_front_128x128.onnx", 128);

    public BlazeFaceVariant {
        if (modelId == null || fileName == null || inputSize < 16 || inputSize % 16 != 0) {
            throw new IllegalArgumentException("a BlazeFace model needs an id, a file and a square input size that "
                    + "is a multiple of 16: " + modelId + ", " + fileName + ", " + inputSize);
        }
    }

    /** The two BlazeFace models of the catalog. */
    public static List<BlazeFaceVariant> catalogued() {
        return List.of(BACK_256, FRONT_128);
    }

    /**
     * The BlazeFace model a catalog entry describes: its ONNX file, and the input size its input contract declares
     * (the square {@code width} x {@code height}).
     *
     * @throws IllegalArgumentException when the entry has no ONNX file or no square input size
     */
    public static BlazeFaceVariant of(ModelEntry entry) {
        String file = entry.files().stream().map(ModelFile::name).filter(n -> n.endsWith(".onnx")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("model " + entry.id() + " has no .onnx file"));
        Integer width = entry.input() == null ? null : entry.input().width();
        Integer height = entry.input() == null ? null : entry.input().height();
        if (width == null || !width.equals(height)) {
            throw new IllegalArgumentException("model " + entry.id() + " declares no square input size (width "
                    + width + ", height " + height + ")");
        }
        return new BlazeFaceVariant(entry.id(), file, width);
    }

    int[] strides() {
        int fine = inputSize / 16;
        int coarse = inputSize / 8;
        return new int[] {fine, coarse, coarse, coarse};
    }
}
