package org.emodisparity.face.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.models.onnx.OrtModelSession;
import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * The FER2013 mini-Xception classifier: a batch of 64 x 64 RGB face crops in [0, 1] to 7 softmax probabilities each.
 * Preprocessing follows the model's training: gray = 0.2989 R + 0.587 G + 0.114 B, input = (gray - 0.5) * 2, NHWC with
 * one channel.
 */
public final class FerEmotionClassifier implements AutoCloseable {
    public static final String MODEL_ID = "fer-mini-xception";
    public static final String FILE_NAME = "emotion.onnx";
    public static final int INPUT_SIZE = 64;
    /** Output order of the model (catalog entry {@code fer-mini-xception}). */
    public static final List<String> LABELS = List.of("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral");

    private final String modelId;
    private final List<String> labels;
    private final LabelMapping mapping;
    private final OrtModelSession model;
    private final String inputName;
    private final int maxBatch;

    public FerEmotionClassifier(Path onnxFile, String modelId, List<String> labels, LabelMapping mapping,
                                OrtSessionSettings ort, int maxBatch) {
        this.modelId = modelId;
        this.labels = List.copyOf(labels);
        this.mapping = mapping;
        this.maxBatch = maxBatch;
        this.model = OrtModelSession.open(onnxFile, ort);
        this.inputName = model.session().getInputNames().iterator().next();
    }

    public String modelId() {
        return modelId;
    }

    public List<String> labels() {
        return labels;
    }

    public LabelMapping mapping() {
        return mapping;
    }

    public String provider() {
        return model.provider();
    }

    /** Probabilities per crop in model label order; crops are {@code 64*64*3} RGB floats in [0, 1]. */
    public List<float[]> classify(List<float[]> rgbCrops) {
        List<float[]> out = new ArrayList<>(rgbCrops.size());
        for (int from = 0; from < rgbCrops.size(); from += maxBatch) {
            out.addAll(classifyBatch(rgbCrops.subList(from, Math.min(rgbCrops.size(), from + maxBatch))));
        }
        return out;
    }

    private List<float[]> classifyBatch(List<float[]> crops) {
        int pixels = INPUT_SIZE * INPUT_SIZE;
        float[] input = new float[crops.size() * pixels];
        for (int n = 0; n < crops.size(); n++) {
            float[] rgb = crops.get(n);
            for (int i = 0; i < pixels; i++) {
                float gray = 0.2989f * rgb[3 * i] + 0.587f * rgb[3 * i + 1] + 0.114f * rgb[3 * i + 2];
                input[n * pixels + i] = (gray - 0.5f) * 2f;
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long[] shape = {crops.size(), INPUT_SIZE, INPUT_SIZE, 1};
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape);
             OrtSession.Result result = model.session().run(Map.of(inputName, tensor))) {
            FloatBuffer probs = ((OnnxTensor) result.get(0)).getFloatBuffer();
            List<float[]> out = new ArrayList<>(crops.size());
            for (int n = 0; n < crops.size(); n++) {
                float[] p = new float[labels.size()];
                probs.get(p);
                out.add(p);
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("FER inference failed", e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
