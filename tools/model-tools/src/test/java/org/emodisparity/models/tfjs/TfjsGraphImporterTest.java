package org.emodisparity.models.tfjs;

import static org.emodisparity.models.tfjs.SyntheticTfjsGraph.attrs;
import static org.emodisparity.models.tfjs.SyntheticTfjsGraph.b;
import static org.emodisparity.models.tfjs.SyntheticTfjsGraph.f;
import static org.emodisparity.models.tfjs.SyntheticTfjsGraph.fused;
import static org.emodisparity.models.tfjs.SyntheticTfjsGraph.ints;
import static org.emodisparity.models.tfjs.SyntheticTfjsGraph.s;
import static org.emodisparity.models.tfjs.SyntheticTfjsGraph.spatial;
import static org.emodisparity.models.tfjs.SyntheticTfjsGraph.type;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.emodisparity.models.OnnxRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class TfjsGraphImporterTest {
    static final double TOLERANCE = 1e-4;

    @TempDir
    Path dir;

    /** Uses every supported op, odd spatial sizes (asymmetric SAME pads) and all layout transitions. */
    public static SyntheticTfjsGraph everyOpGraph() {
        SyntheticTfjsGraph g = new SyntheticTfjsGraph(42);
        String x = g.placeholder("x", -1, 13, 11, 3);
        String pad = g.node("pad", "Pad", List.of(x, g.intConst("paddings", new int[] {0, 0, 1, 2, 2, 1, 0, 0}, 4, 2)),
                attrs().set("T", type("DT_FLOAT")));
        ObjectNode a;

        a = spatial(2, "VALID");
        fused(a, "BiasAdd", "Relu");
        String c1 = g.node("block1/conv1/Relu", "_FusedConv2D",
                List.of(pad, g.randomConst("w1", 0.5f, 3, 3, 3, 8), g.randomConst("b1", 0.2f, 8)), a);

        a = spatial(1, "SAME");
        a.set("dilations", ints(1, 2, 2, 1));
        fused(a, "BiasAdd");
        String c2 = g.node("block1/conv2/BiasAdd", "_FusedConv2D",
                List.of(c1, g.randomConst("w2", 0.5f, 3, 3, 8, 8), g.randomConst("b2", 0.2f, 8)), a);

        String d1 = g.node("block2/depthwise", "DepthwiseConv2dNative",
                List.of(c2 + ":0", g.randomConst("dw1", 0.5f, 3, 3, 8, 2)), spatial(1, "SAME"));

        a = spatial(1, "VALID");
        fused(a, "BiasAdd", "LeakyRelu");
        a.set("leakyrelu_alpha", f(0.1f));
        String c3 = g.node("block2/pointwise", "_FusedConv2D",
                List.of(d1, g.randomConst("w3", 0.5f, 1, 1, 16, 8), g.randomConst("b3", 0.2f, 8)), a);

        a = spatial(2, "SAME");
        // Relu6, not LeakyRelu: TF.js's own fused depthwise ignores leakyrelu_alpha (NaN for x < 0).
        fused(a, "BiasAdd", "Relu6");
        String fd = g.node("block3/fused_depthwise", "FusedDepthwiseConv2dNative",
                List.of(c3, g.randomConst("dw2", 0.5f, 3, 3, 8, 1), g.randomConst("b4", 0.2f, 8)), a);

        a = spatial(2, "SAME");
        a.set("ksize", ints(1, 3, 3, 1));
        String mp = g.node("block3/maxpool", "MaxPool", List.of(c3), a);
        String add = g.node("block3/add", "AddV2", List.of(mp, fd), attrs());
        String relu = g.node("block3/relu", "Relu", List.of(add), attrs());

        a = spatial(1, "SAME");
        a.set("ksize", ints(1, 2, 2, 1));
        String ap = g.node("block4/avgpool", "AvgPool", List.of(relu), a);
        String mul = g.node("block4/scale", "Mul", List.of(ap, g.randomConst("scale", 2f, 8)), attrs());
        String ba = g.node("block4/bias", "BiasAdd", List.of(mul, g.randomConst("bias", 1f, 8)),
                attrs().set("data_format", s("NHWC")));
        String sig = g.node("block4/sigmoid", "Sigmoid", List.of(ba), attrs());

        a = spatial(1, "EXPLICIT");
        a.set("explicit_paddings", ints(0, 0, 1, 0, 0, 1, 0, 0));
        String cv = g.node("block4/conv_explicit", "Conv2D", List.of(relu, g.randomConst("w5", 0.5f, 2, 2, 8, 8)), a);
        String sub = g.node("block4/sub", "Sub", List.of(sig, cv), attrs());
        String tanh = g.node("block4/tanh", "Tanh", List.of(sub), attrs());
        String concat = g.node("block5/concat", "ConcatV2",
                List.of(tanh, relu, g.intConst("concat_axis", new int[] {3})), attrs().set("N", ints().put("i", "2")));
        String leaky = g.node("block5/leaky", "LeakyRelu", List.of(concat), attrs().set("alpha", f(0.3f)));
        String padv2 = g.node("block5/padv2", "PadV2", List.of(leaky,
                g.intConst("paddings2", new int[] {0, 0, 0, 1, 1, 0, 0, 0}, 4, 2),
                g.floatConst("pad_value", new float[] {0.5f})), attrs());

        String hw = g.intConst("hw_axes", new int[] {1, 2}, 2);
        String mean = g.node("head/mean", "Mean", List.of(padv2, hw), attrs().set("keep_dims", b(false)));
        String mean2 = g.node("head/mean_keep", "Mean", List.of(leaky, hw), attrs().set("keep_dims", b(true)));
        String rs = g.node("head/reshape", "Reshape", List.of(mean2, g.intConst("shape16", new int[] {-1, 16}, 2)), attrs());
        String maxW = g.node("head/max_w", "Max", List.of(leaky, g.intConst("w_axis", new int[] {2}, 1)),
                attrs().set("keep_dims", b(false)));
        String rs2 = g.node("head/reshape_max", "Reshape", List.of(maxW, g.intConst("shape64", new int[] {-1, 64}, 2)), attrs());
        String flat = g.node("head/flatten", "Reshape", List.of(relu, g.intConst("shape96", new int[] {-1, 96}, 2)), attrs());

        a = attrs();
        fused(a, "BiasAdd", "Relu");
        a.set("transpose_a", b(false));
        a.set("transpose_b", b(false));
        String fm = g.node("head/dense1", "_FusedMatMul",
                List.of(mean, g.randomConst("wm1", 0.5f, 16, 5), g.randomConst("bm1", 0.2f, 5)), a);
        String mm = g.node("head/dense2", "MatMul", List.of(rs, g.randomConst("wm2", 0.5f, 5, 16)),
                attrs().set("transpose_b", b(true)));
        String mm2 = g.node("head/dense3", "MatMul", List.of(flat, g.randomConst("wm3", 0.2f, 96, 5)), attrs());
        String mm3 = g.node("head/dense4", "MatMul", List.of(rs2, g.randomConst("wm4", 0.2f, 64, 5)), attrs());
        String s1 = g.node("head/sum1", "AddV2", List.of(fm, mm), attrs());
        String s2 = g.node("head/sum2", "AddV2", List.of(s1, mm2), attrs());
        String s3 = g.node("head/sum3", "Add", List.of(s2, mm3), attrs());
        String sm = g.node("head/softmax", "Softmax", List.of(s3), attrs());
        g.output(g.node("Identity", "Identity", List.of(sm), attrs()));

        String times4 = g.node("features/times4", "Mul", List.of(sub, g.floatConst("four", new float[] {4f})), attrs());
        g.output(g.node("Identity_1", "Relu6", List.of(times4), attrs()));
        g.output(g.node("Identity_2", "Softmax", List.of(mean2), attrs()));
        return g;
    }

    @Test
    void syntheticGraphWithEveryOpMatchesTheReferenceEvaluation() throws Exception {
        Path modelJson = everyOpGraph().write(dir.resolve("synthetic"));
        TfjsGraphModel model = TfjsGraphModel.read(modelJson);
        Set<String> used = new TreeSet<>();
        model.nodes().forEach(n -> used.add(n.op()));
        assertEquals(new TreeSet<>(TfjsGraphImporter.SUPPORTED_OPS), used, "the synthetic graph covers every supported op");

        byte[] onnx = TfjsGraphImporter.toOnnx(modelJson);
        Random random = new Random(7);
        double worst = 0;
        for (int batch : new int[] {1, 3}) {
            float[] input = new float[batch * 13 * 11 * 3];
            for (int i = 0; i < input.length; i++) {
                input[i] = random.nextFloat() * 2 - 1;
            }
            Map<String, TfjsReferenceEvaluator.Tensor> expected = new TfjsReferenceEvaluator(model)
                    .run(Map.of("x", new TfjsReferenceEvaluator.Tensor(new int[] {batch, 13, 11, 3}, input)));
            Map<String, OnnxRun.Output> actual = OnnxRun.run(onnx, "x", input, new long[] {batch, 13, 11, 3});
            assertEquals(expected.keySet(), actual.keySet());
            for (String out : expected.keySet()) {
                TfjsReferenceEvaluator.Tensor e = expected.get(out);
                OnnxRun.Output a = actual.get(out);
                assertArrayEquals(java.util.Arrays.stream(e.shape()).asLongStream().toArray(), a.shape(), out + " shape");
                double diff = OnnxRun.maxAbsDiff(e.data(), a.data());
                worst = Math.max(worst, diff);
                assertTrue(diff <= TOLERANCE, out + ": max abs diff " + diff);
            }
        }
        System.out.printf("synthetic every-op graph: ONNX vs reference max abs diff %.3g%n", worst);
    }

    @Test
    void importIsDeterministic() throws Exception {
        Path modelJson = everyOpGraph().write(dir.resolve("a"));
        byte[] first = TfjsGraphImporter.toOnnx(modelJson);
        byte[] second = TfjsGraphImporter.toOnnx(TfjsGraphModel.read(modelJson));
        Path copy = everyOpGraph().write(dir.resolve("b"));
        assertArrayEquals(first, second);
        assertArrayEquals(first, TfjsGraphImporter.toOnnx(copy), "same graph in another folder, same bytes");
    }

    @Test
    void unsupportedOpIsAnErrorNamingOpAndNode() throws Exception {
        SyntheticTfjsGraph g = new SyntheticTfjsGraph(1);
        String x = g.placeholder("x", -1, 4, 4, 1);
        g.output(g.node("features/resize", "ResizeBilinear",
                List.of(x, g.intConst("size", new int[] {8, 8}, 2)), attrs()));
        Path modelJson = g.write(dir.resolve("unsupported"));
        TfjsImportException e = assertThrows(TfjsImportException.class, () -> TfjsGraphImporter.toOnnx(modelJson));
        assertTrue(e.getMessage().contains("ResizeBilinear") && e.getMessage().contains("features/resize"), e.getMessage());
    }

    @Test
    void unsupportedFusedActivationIsAnError() throws Exception {
        SyntheticTfjsGraph g = new SyntheticTfjsGraph(1);
        String x = g.placeholder("x", -1, 4, 4, 1);
        ObjectNode a = spatial(1, "SAME");
        fused(a, "BiasAdd", "Prelu");
        g.output(g.node("conv", "_FusedConv2D",
                List.of(x, g.randomConst("w", 1, 3, 3, 1, 2), g.randomConst("b", 1, 2)), a));
        Path modelJson = g.write(dir.resolve("prelu"));
        TfjsImportException e = assertThrows(TfjsImportException.class, () -> TfjsGraphImporter.toOnnx(modelJson));
        assertTrue(e.getMessage().contains("Prelu") && e.getMessage().contains("conv"), e.getMessage());
    }

    @Test
    void writesTheModelFile() throws Exception {
        Path modelJson = everyOpGraph().write(dir.resolve("w"));
        Path onnx = dir.resolve("w/model.onnx");
        TfjsGraphImporter.convert(modelJson, onnx);
        assertArrayEquals(TfjsGraphImporter.toOnnx(modelJson), Files.readAllBytes(onnx));
    }
}
