package org.emodisparity.face.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the faces in a frame and estimates each one's emotion: the common face of the two model families
 * (BlazeFace detector + FER classifier, and a YOLO emotion detector). Implementations hold ONNX sessions and reusable
 * buffers: not thread-safe, close when done.
 */
public interface FrameFaceAnalyzer extends AutoCloseable {

    List<FaceEstimate> analyze(RgbImage frame);

    /** Several frames at once; implementations may batch inference across them. Same order as {@code frames}. */
    default List<List<FaceEstimate>> analyzeAll(List<RgbImage> frames) {
        List<List<FaceEstimate>> out = new ArrayList<>(frames.size());
        for (RgbImage f : frames) {
            out.add(analyze(f));
        }
        return out;
    }

    /** Catalog ids of the models in use, detector first. */
    List<String> modelIds();

    /** Where inference runs, e.g. "CPU" or "CUDA:0". */
    String executionProvider();

    @Override
    void close();
}
