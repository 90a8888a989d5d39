package org.emodisparity.face.analysis;

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
import java.util.List;
import java.util.Map;
import org.emodisparity.models.onnx.OrtModelSession;
import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * Model family (b): a YOLO detector whose classes are emotions. Letterbox to the square input (RGB in [0, 1], NCHW,
 * grey 114 padding, as Ultralytics does), decode, NMS; each face's class scores, normalised to sum 1, are its
 * emotion distribution and its best score is the detection confidence. Not thread-safe.
 */
public final class YoloEmotionDetector implements FrameFaceAnalyzer {
    private final YoloSettings settings;
    private final OrtModelSession model;
    private final String inputName;
    private final LetterboxResizer resizer;
    private final float[] input;
    private final FloatBuffer inputBuffer;
    private final long[] inputShape;

    public YoloEmotionDetector(Path onnxFile, YoloSettings settings, OrtSessionSettings ort) {
        this.settings = settings;
        this.model = OrtModelSession.open(onnxFile, ort);
        try {
            OrtSession s = model.session();
            this.inputName = s.getInputNames().iterator().next();
            long[] declared = ((TensorInfo) s.getInputInfo().get(inputName).getInfo()).getShape();
            int h = declared.length == 4 && declared[2] > 0 ? (int) declared[2] : settings.inputSize();
            int w = declared.length == 4 && declared[3] > 0 ? (int) declared[3] : settings.inputSize();
            this.inputShape = new long[] {1, 3, h, w};
            this.resizer = new LetterboxResizer(w, h, TensorLayout.NCHW, PixelNormalisation.UNIT, 114);
        } catch (OrtException | RuntimeException e) {
            model.close();
            throw new IllegalStateException("cannot read YOLO model signature of " + onnxFile, e);
        }
        this.input = new float[resizer.tensorLength()];
        this.inputBuffer = ByteBuffer.allocateDirect(input.length * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }

    @Override
    public List<FaceEstimate> analyze(RgbImage frame) {
        Letterbox letterbox = resizer.resize(frame, input);
        inputBuffer.clear();
        inputBuffer.put(input).flip();
        try (OnnxTensor tensor = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), inputBuffer, inputShape);
             OrtSession.Result result = model.session().run(Map.of(inputName, tensor))) {
            OnnxTensor output = (OnnxTensor) result.get(0);
            List<YoloOutputDecoder.Candidate> candidates = YoloOutputDecoder.decode(output.getFloatBuffer(),
                    output.getInfo().getShape(), settings.labels().size(), settings.minConfidence(), letterbox);
            List<YoloOutputDecoder.Candidate> kept = YoloOutputDecoder.suppress(candidates, settings.agnosticNms(),
                    settings.nmsIou(), settings.maxFaces());
            List<FaceEstimate> faces = new ArrayList<>(kept.size());
            for (YoloOutputDecoder.Candidate c : kept) {
                float[] distribution = normalised(c.classScores());
                faces.add(new FaceEstimate(c.box(), c.confidence(), FaceEstimate.scores(settings.labels(), distribution),
                        settings.mapping().toCanonical(settings.labels(), distribution), modelIds()));
            }
            return faces;
        } catch (OrtException e) {
            throw new IllegalStateException("YOLO inference failed", e);
        }
    }

    /** Class scores are independent sigmoids; dividing by their sum makes them a distribution over the classes. */
    private static float[] normalised(float[] scores) {
        double sum = 0;
        for (float s : scores) {
            sum += Math.max(0, s);
        }
        float[] out = new float[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = sum > 0 ? (float) (Math.max(0, scores[i]) / sum) : 1f / scores.length;
        }
        return out;
    }

    @Override
    public List<String> modelIds() {
        return List.of(settings.modelId());
    }

    @Override
    public String executionProvider() {
        return model.provider();
    }

    @Override
    public void close() {
        model.close();
    }
}
