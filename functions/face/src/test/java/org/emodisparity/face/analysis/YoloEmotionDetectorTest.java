package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Emotion;
import org.emodisparity.models.onnx.OnnxAttribute;
import org.emodisparity.models.onnx.OnnxDataType;
import org.emodisparity.models.onnx.OnnxGraphBuilder;
import org.emodisparity.models.onnx.OnnxTensor;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YOLO family's decoding, on a tiny ONNX model this test writes: output0 = reshape(mean per channel of the input
 * x W + B) to [1, 4 + 7, N], so boxes and most scores are constants and one score is the mean red value of the
 * letterboxed input, which checks the preprocessing too (RGB order, [0, 1] scaling, grey 114 padding, NCHW).
 */
class YoloEmotionDetectorTest {
    private static final int INPUT = 64;
    private static final int CLASSES = 7; // anger, contempt, disgust, fear, happy, sadness, surprise
    private static final int VALUES = 4 + CLASSES;
    private static final int CANDIDATES = 5;
    private static final int HAPPY = 4, SADNESS = 5, SURPRISE = 6, FEAR = 3;

    /** [value][candidate] constants, and the weight from the red channel mean into one score. */
    private static float[][] constants() {
        float[][] c = new float[VALUES][CANDIDATES];
        // candidate 0: face A, happy 0.9
        set(c, 0, 20, 30, 16, 20);
        c[4 + HAPPY][0] = 0.9f;
        c[4 + SURPRISE][0] = 0.05f;
        // candidate 1: face A again, 1 px right; best class surprise 0.7 (kept only by class-wise NMS)
        set(c, 1, 21, 30, 16, 20);
        c[4 + HAPPY][1] = 0.6f;
        c[4 + SURPRISE][1] = 0.7f;
        // candidate 2: face B; sadness = mean red (from the input), fear 0.2
        set(c, 2, 46, 40, 12, 12);
        c[4 + FEAR][2] = 0.2f;
        // candidate 3: below the confidence threshold
        set(c, 3, 10, 40, 8, 8);
        for (int k = 4; k < VALUES; k++) {
            c[k][3] = 0.1f;
        }
        // candidate 4: all zero
        return c;
    }

    private static void set(float[][] c, int candidate, float cx, float cy, float w, float h) {
        c[0][candidate] = cx;
        c[1][candidate] = cy;
        c[2][candidate] = w;
        c[3][candidate] = h;
    }

    static Path writeModel(Path dir) throws IOException {
        float[][] c = constants();
        float[] bias = new float[VALUES * CANDIDATES];
        for (int k = 0; k < VALUES; k++) {
            for (int n = 0; n < CANDIDATES; n++) {
                bias[k * CANDIDATES + n] = c[k][n];
            }
        }
        float[] weights = new float[3 * VALUES * CANDIDATES];
        weights[(4 + SADNESS) * CANDIDATES + 2] = 1f; // row 0 = red channel mean -> sadness of candidate 2
        OnnxGraphBuilder g = new OnnxGraphBuilder("tiny-yolo-emotion");
        g.input("images", OnnxDataType.FLOAT, 1, 3, INPUT, INPUT);
        g.initializer(OnnxTensor.floats("w", weights, 3, VALUES * CANDIDATES));
        g.initializer(OnnxTensor.floats("b", bias, 1, VALUES * CANDIDATES));
        g.initializer(OnnxTensor.int64s("shape", new long[] {1, VALUES, CANDIDATES}, 3));
        g.node("ReduceMean", List.of("images"), "channel_means", OnnxAttribute.ints("axes", 2, 3),
                OnnxAttribute.of("keepdims", 0L));
        g.node("MatMul", List.of("channel_means", "w"), "projected");
        g.node("Add", List.of("projected", "b"), "flat");
        g.node("Reshape", List.of("flat", "shape"), "output0");
        g.output("output0", OnnxDataType.FLOAT, 1, VALUES, CANDIDATES);
        Path file = dir.resolve("tiny-yolo-emotion.onnx");
        g.writeModel(file, "YoloEmotionDetectorTest", "1", Map.of());
        return file;
    }

    /** Red 128 x 64 image: letterboxed into 64 x 64 at scale 0.5 with 16 rows of grey 114 above and below. */
    private static final RgbImage RED = RgbImage.filled(128, 64, 255, 0, 0);
    private static final double MEAN_RED = (32 * 64 * 1.0 + 32 * 64 * 114 / 255.0) / (64 * 64);

    @Test
    void agnosticNmsGivesOneFacePerPersonWithNormalisedScoresAndSourceBoxes(@TempDir Path dir) throws IOException {
        try (YoloEmotionDetector yolo = new YoloEmotionDetector(writeModel(dir), YoloSettings.defaults(),
                OrtSessionSettings.defaults())) {
            List<FaceEstimate> faces = yolo.analyze(RED);
            assertEquals(2, faces.size(), "duplicate of face A suppressed, low-confidence candidate dropped");
            FaceEstimate a = faces.get(0);
            assertEquals(0.9, a.detectionConfidence(), 1e-6);
            // input box (12, 20)-(28, 40) -> source ((12 - 0) * 2, (20 - 16) * 2) = (24, 8), size 32 x 40
            assertEquals(24, a.box().x(), 1e-4);
            assertEquals(8, a.box().y(), 1e-4);
            assertEquals(32, a.box().width(), 1e-4);
            assertEquals(40, a.box().height(), 1e-4);
            assertEquals(0.9 / 0.95, a.modelScores().get("happy"), 1e-6);
            assertEquals(0.9 / 0.95, a.emotions().probability(Emotion.HAPPINESS), 1e-6);
            assertEquals(Emotion.HAPPINESS, a.emotions().top());
            assertEquals(List.of("yolo-face-emotion"), a.modelIds());

            FaceEstimate b = faces.get(1);
            assertEquals(MEAN_RED, b.detectionConfidence(), 1e-5, "sadness score = mean red of the letterboxed input");
            assertEquals(Emotion.SADNESS, b.emotions().top());
            assertEquals(MEAN_RED / (MEAN_RED + 0.2), b.emotions().probability(Emotion.SADNESS), 1e-5);
            assertEquals(0.2 / (MEAN_RED + 0.2), b.emotions().probability(Emotion.FEAR), 1e-5);
            assertEquals(List.of("anger", "contempt", "disgust", "fear", "happy", "sadness", "surprise"),
                    List.copyOf(b.modelScores().keySet()));
        }
    }

    @Test
    void classWiseNmsKeepsOverlappingBoxesOfDifferentClasses(@TempDir Path dir) throws IOException {
        YoloSettings classWise = YoloSettings.defaults().withNms(false, 0.45);
        try (YoloEmotionDetector yolo = new YoloEmotionDetector(writeModel(dir), classWise,
                OrtSessionSettings.defaults())) {
            List<FaceEstimate> faces = yolo.analyze(RED);
            assertEquals(3, faces.size());
            // best first: face A happy 0.9, face B sadness (mean red 0.72), face A again as surprise 0.7
            assertEquals(0.9, faces.get(0).detectionConfidence(), 1e-6);
            assertEquals(MEAN_RED, faces.get(1).detectionConfidence(), 1e-5);
            assertEquals(0.7, faces.get(2).detectionConfidence(), 1e-6);
            assertEquals(Emotion.SURPRISE, faces.get(2).emotions().top());
        }
    }

    @Test
    void transposedOutputLayoutDecodesTheSame() {
        float[][] c = constants();
        float[] rowsPerCandidate = new float[CANDIDATES * VALUES];
        for (int n = 0; n < CANDIDATES; n++) {
            for (int k = 0; k < VALUES; k++) {
                rowsPerCandidate[n * VALUES + k] = c[k][n];
            }
        }
        Letterbox identity = Letterbox.fit(64, 64, 64, 64);
        List<YoloOutputDecoder.Candidate> out = YoloOutputDecoder.decode(FloatBuffer.wrap(rowsPerCandidate),
                new long[] {1, CANDIDATES, VALUES}, CLASSES, 0.25, identity);
        assertEquals(2, out.size(), "candidates 0 and 1 (candidate 2's sadness is input-dependent, 0 here)");
        assertEquals(HAPPY, out.get(0).bestClass());
        assertEquals(12, out.get(0).box().x(), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> YoloOutputDecoder.decode(FloatBuffer.wrap(rowsPerCandidate),
                new long[] {1, CANDIDATES, VALUES}, 6, 0.25, identity), "label count must match the model");
    }

    @Test
    void unmappedLabelIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> YoloSettings.defaults().withModel("m",
                List.of("anger", "boredom"), org.emodisparity.model.LabelMapping.CK_PLUS));
        assertTrue(YoloSettings.defaults().agnosticNms());
    }
}
