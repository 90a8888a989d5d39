package org.emodisparity.models.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emodisparity.models.OnnxRun;
import org.junit.jupiter.api.Test;

/** The writer as other modules use it: a small classification head exported and run on ONNX Runtime. */
class OnnxGraphBuilderTest {

    private static byte[] head(float[] w, float[] b) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("head");
        g.input("embedding", OnnxDataType.FLOAT, -1, 4);
        g.initializer(OnnxTensor.floats("w", w, 4, 3));
        g.initializer(OnnxTensor.floats("b", b, 3));
        g.node("Gemm", List.of("embedding", "w", "b"), "logits");
        g.node("Softmax", List.of("logits"), "probabilities", OnnxAttribute.of("axis", -1L));
        g.output("probabilities", OnnxDataType.FLOAT, -1, 3);
        return g.toModelBytes("test", "1", Map.of("labels", "a,b,c"));
    }

    @Test
    void aClassificationHeadRunsOnOnnxRuntimeAndMatchesJava() throws Exception {
        Random r = new Random(5);
        float[] w = new float[12], b = new float[3], x = new float[8];
        for (int i = 0; i < w.length; i++) w[i] = r.nextFloat() - 0.5f;
        for (int i = 0; i < b.length; i++) b[i] = r.nextFloat() - 0.5f;
        for (int i = 0; i < x.length; i++) x[i] = r.nextFloat() * 2 - 1;
        byte[] model = head(w, b);

        OnnxRun.Output out = OnnxRun.run(model, "embedding", x, new long[] {2, 4}).get("probabilities");
        assertArrayEquals(new long[] {2, 3}, out.shape());
        float[] expected = new float[6];
        for (int row = 0; row < 2; row++) {
            double[] z = new double[3];
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                z[j] = b[j];
                for (int k = 0; k < 4; k++) z[j] += x[row * 4 + k] * w[k * 3 + j];
            }
            double max = Math.max(z[0], Math.max(z[1], z[2]));
            for (int j = 0; j < 3; j++) sum += Math.exp(z[j] - max);
            for (int j = 0; j < 3; j++) expected[row * 3 + j] = (float) (Math.exp(z[j] - max) / sum);
        }
        assertTrue(OnnxRun.maxAbsDiff(expected, out.data()) < 1e-6);

        try (OrtSession s = OrtEnvironment.getEnvironment().createSession(model, new OrtSession.SessionOptions())) {
            assertEquals("a,b,c", s.getMetadata().getCustomMetadata().get("labels"));
            assertEquals("test", s.getMetadata().getProducerName());
        }
    }

    @Test
    void sameCallsGiveSameBytes() {
        float[] w = new float[12], b = new float[3];
        assertArrayEquals(head(w, b), head(w, b));
    }

    @Test
    void wiringMistakesFailAtBuildTime() {
        OnnxGraphBuilder g = new OnnxGraphBuilder("bad");
        g.input("x", OnnxDataType.FLOAT, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> g.node("Relu", List.of("y"), "z"));
        assertThrows(IllegalArgumentException.class, () -> g.input("x", OnnxDataType.FLOAT, 1));
        assertThrows(IllegalArgumentException.class, () -> g.output("nope", OnnxDataType.FLOAT, 1));
        assertThrows(IllegalArgumentException.class, () -> OnnxTensor.floats("t", new float[3], 2, 2));
        assertThrows(IllegalStateException.class, () -> g.toModelBytes("t", "1", Map.of()));
        assertEquals("x_1", g.uniqueName("x"));
    }
}
