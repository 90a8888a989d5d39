package org.emodisparity.face.analysis;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.emodisparity.models.onnx.OrtModelSession;
import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * BlazeFace face detector on ONNX Runtime: letterbox to the square input (RGB in [-1, 1], NHWC, black padding),
 * decode the anchors, suppress overlaps. Not thread-safe (it reuses its input buffer).
 */
public final class BlazeFaceDetector implements AutoCloseable {
    private final BlazeFaceSettings settings;
    private final OrtModelSession model;
    private final String inputName;
    /** Output names: scores then regressors, each the larger (stride-16 grid) tensor first, i.e. anchor order. */
    private final List<String> scoreOutputs;
    private final List<String> regressorOutputs;
    private final BlazeFaceDecoder decoder;
    private final LetterboxResizer resizer;
    private final float[] input;
    private final FloatBuffer inputBuffer;
    private final long[] inputShape;

    public BlazeFaceDetector(Path onnxFile, BlazeFaceSettings settings, OrtSessionSettings ort) {
        this.settings = settings;
        this.model = OrtModelSession.open(onnxFile, ort);
        int size = settings.variant().inputSize();
        try {
            OrtSession s = model.session();
            this.inputName = s.getInputNames().iterator().next();
            this.scoreOutputs = outputsWithLastDim(s.getOutputInfo(), 1);
            this.regressorOutputs = outputsWithLastDim(s.getOutputInfo(), 16);
        } catch (OrtException | RuntimeException e) {
            model.close();
            throw new IllegalStateException("cannot read BlazeFace model signature of " + onnxFile, e);
        }
        this.decoder = new BlazeFaceDecoder(settings.variant());
        this.resizer = new LetterboxResizer(size, size, TensorLayout.NHWC, PixelNormalisation.SIGNED_UNIT, 0);
        this.input = new float[resizer.tensorLength()];
        this.inputBuffer = ByteBuffer.allocateDirect(input.length * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        this.inputShape = new long[] {1, size, size, 3};
    }

    private static List<String> outputsWithLastDim(Map<String, NodeInfo> outputs, long lastDim) {
        List<Map.Entry<String, long[]>> found = new ArrayList<>();
        for (Map.Entry<String, NodeInfo> e : outputs.entrySet()) {
            long[] shape = ((TensorInfo) e.getValue().getInfo()).getShape();
            if (shape[shape.length - 1] == lastDim) {
                found.add(Map.entry(e.getKey(), shape));
            }
        }
        if (found.size() != 2) {
            throw new IllegalStateException("BlazeFace model should have 2 outputs of last dimension " + lastDim
                    + ", has " + found.size());
        }
        found.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed());
        return found.stream().map(Map.Entry::getKey).toList();
    }

    public BlazeFaceVariant variant() {
        return settings.variant();
    }

    public String provider() {
        return model.provider();
    }

    /** Faces in the image, highest score first, boxes and key points in image pixels. */
    public List<FaceDetection> detect(RgbImage image) {
        Letterbox letterbox = resizer.resize(image, input);
        inputBuffer.clear();
        inputBuffer.put(input).flip();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, inputBuffer, inputShape);
             OrtSession.Result result = model.session().run(Map.of(inputName, tensor))) {
            FloatBuffer scores = concat(result, scoreOutputs);
            FloatBuffer regressors = concat(result, regressorOutputs);
            List<FaceDetection> candidates = decoder.decode(scores, regressors, settings.minScore(), letterbox);
            return NonMaxSuppression.apply(candidates, settings.nms(), settings.nmsIou(), settings.maxFaces());
        } catch (OrtException e) {
            throw new IllegalStateException("BlazeFace inference failed", e);
        }
    }

    private static FloatBuffer concat(OrtSession.Result result, List<String> names) {
        FloatBuffer a = ((OnnxTensor) result.get(names.get(0)).orElseThrow()).getFloatBuffer();
        FloatBuffer b = ((OnnxTensor) result.get(names.get(1)).orElseThrow()).getFloatBuffer();
        FloatBuffer all = FloatBuffer.allocate(a.remaining() + b.remaining());
        all.put(a).put(b).flip();
        return all;
    }

    @Override
    public void close() {
        model.close();
    }
}
