package org.emodisparity.models.tfjs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emodisparity.models.onnx.OnnxAttribute;
import org.emodisparity.models.onnx.OnnxDataType;
import org.emodisparity.models.onnx.OnnxGraphBuilder;
import org.emodisparity.models.onnx.OnnxTensor;

/**
 * Converts a TF.js graph model into an equivalent ONNX model (opset 13). The ONNX model keeps the TF.js
 * interface: same input and output names (without {@code :0}), same NHWC input layout, same output values.
 * Inside, 4-D activations run channels-first as ONNX's Conv/Pool require: a value is transposed NHWC→NCHW
 * when a spatial op first needs it and back only where NHWC semantics matter (Reshape, graph outputs, mixing
 * with lower-rank values), and constant filters are rearranged at import time (HWIO→OIHW; a depthwise filter
 * becomes a grouped Conv). An op outside the supported set is an error naming the op and the node.
 */
public final class TfjsGraphImporter {
    public static final String PRODUCER = "emodisparity-tfjs-importer";
    public static final String PRODUCER_VERSION = "1";

    /** The TF ops this importer converts. */
    public static final Set<String> SUPPORTED_OPS = Set.of("Placeholder", "Const", "Identity", "Conv2D", "_FusedConv2D",
            "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative", "MaxPool", "AvgPool", "Pad", "PadV2", "Relu", "Relu6",
            "LeakyRelu", "Sigmoid", "Tanh", "Add", "AddV2", "Sub", "Mul", "BiasAdd", "Reshape", "Mean", "Max",
            "Softmax", "ConcatV2", "MatMul", "_FusedMatMul");

    private TfjsGraphImporter() {
    }

    /** Reads {@code model.json} (and its shards) and writes the ONNX model to {@code onnxFile}. */
    public static void convert(Path modelJson, Path onnxFile) throws IOException {
        Files.write(onnxFile, toOnnx(modelJson));
    }

    public static byte[] toOnnx(Path modelJson) throws IOException {
        return toOnnx(TfjsGraphModel.read(modelJson));
    }

    public static byte[] toOnnx(TfjsGraphModel model) {
        return new Conversion(model).run();
    }

    /** A TF value as it exists in the ONNX graph. {@code shape} is TF's (NHWC) shape, -1 where unknown. */
    private record Value(String onnxName, long[] shape, boolean channelsFirst, TfjsTensor constant) {
        @Override
        public long[] shape() {
            return shape.clone();
        }

        int rank() {
            return shape.length;
        }

        boolean isConstant() {
            return constant != null;
        }
    }

    // NHWC axis -> NCHW axis, and the permutations for Transpose.
    private static final int[] NHWC_TO_NCHW_AXIS = {0, 2, 3, 1};
    private static final long[] TO_NCHW = {0, 3, 1, 2};
    private static final long[] TO_NHWC = {0, 2, 3, 1};

    private static final class Conversion {
        private final TfjsGraphModel model;
        private final OnnxGraphBuilder g = new OnnxGraphBuilder("tfjs_graph");
        private final Map<String, Value> values = new HashMap<>();
        /** Derived ONNX values (layout conversions, rearranged constants) by a key naming source and form. */
        private final Map<String, String> derived = new HashMap<>();
        private final Set<String> outputNames;

        Conversion(TfjsGraphModel model) {
            this.model = model;
            this.outputNames = new LinkedHashSet<>(model.outputs());
        }

        byte[] run() {
            for (TfjsNode node : model.nodes()) {
                if (!SUPPORTED_OPS.contains(node.op())) {
                    throw new TfjsImportException("unsupported op " + node.op() + " (node '" + node.name()
                            + "'); supported: " + new java.util.TreeSet<>(SUPPORTED_OPS));
                }
                try {
                    values.put(node.name(), convert(node));
                } catch (TfjsImportException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new TfjsImportException("cannot convert " + node + ": " + e.getMessage(), e);
                }
            }
            for (String out : model.outputs()) {
                Value v = values.get(out);
                if (v == null) {
                    throw new TfjsImportException("graph output " + out + " is not a node of the graph");
                }
                String name = plain(channelsLast(v));
                g.node("Identity", List.of(name), out);
                g.output(out, OnnxDataType.FLOAT, v.shape());
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("source_format", "tfjs-graph-model");
            model.provenance().forEach((k, v) -> metadata.put("tfjs_" + k, v));
            return g.toModelBytes(PRODUCER, PRODUCER_VERSION, metadata);
        }

        private Value convert(TfjsNode node) {
            return switch (node.op()) {
                case "Placeholder" -> placeholder(node);
                case "Const" -> constant(node);
                case "Identity" -> input(node, 0);
                case "Conv2D", "_FusedConv2D" -> conv(node, false);
                case "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative" -> conv(node, true);
                case "MaxPool", "AvgPool" -> pool(node);
                case "Pad", "PadV2" -> pad(node);
                case "Relu", "Relu6", "LeakyRelu", "Sigmoid", "Tanh" -> {
                    Value x = input(node, 0);
                    String out = activation(node.op(), plain(x), valueName(node), node.floatAttr("alpha", 0.2f));
                    yield new Value(out, x.shape(), x.channelsFirst(), null);
                }
                case "Add", "AddV2", "Sub", "Mul", "BiasAdd" -> binary(node);
                case "Reshape" -> reshape(node);
                case "Mean", "Max" -> reduce(node);
                case "Softmax" -> softmax(node);
                case "ConcatV2" -> concat(node);
                case "MatMul", "_FusedMatMul" -> matMul(node);
                default -> throw new TfjsImportException("unsupported op " + node.op() + " (node '" + node.name() + "')");
            };
        }

        // ---- graph inputs and constants ----

        private Value placeholder(TfjsNode node) {
            String dtype = node.typeAttr("dtype").orElse("DT_FLOAT");
            if (!dtype.equals("DT_FLOAT")) {
                throw new TfjsImportException(node + " has dtype " + dtype + "; only DT_FLOAT inputs are supported");
            }
            long[] shape = node.shapeAttr("shape")
                    .orElseThrow(() -> new TfjsImportException(node + " has no known shape"));
            g.input(node.name(), OnnxDataType.FLOAT, shape);
            return new Value(node.name(), shape, false, null);
        }

        private Value constant(TfjsNode node) {
            TfjsTensor t = model.weights().get(node.name());
            if (t == null) {
                throw new TfjsImportException(node + " has no weights in the manifest");
            }
            return new Value(node.name(), t.shape(), false, t);
        }

        private Value input(TfjsNode node, int index) {
            List<String> inputs = node.dataInputs();
            if (index >= inputs.size()) {
                throw new TfjsImportException(node + " has " + inputs.size() + " inputs, needs at least " + (index + 1));
            }
            Value v = values.get(inputs.get(index));
            if (v == null) {
                throw new TfjsImportException(node + " reads " + inputs.get(index) + ", which is not defined before it");
            }
            return v;
        }

        private TfjsTensor constantInput(TfjsNode node, int index, String role) {
            Value v = input(node, index);
            if (!v.isConstant()) {
                throw new TfjsImportException(node + ": its " + role + " (" + node.dataInputs().get(index)
                        + ") must be a constant");
            }
            return v.constant();
        }

        /** The ONNX name a node's own result gets; graph-output names are reserved for the final Identity. */
        private String valueName(TfjsNode node) {
            return g.uniqueName(outputNames.contains(node.name()) ? node.name() + "/value" : node.name());
        }

        // ---- layout ----

        /** The value's ONNX name in its current layout (constants are emitted as initializers on first use). */
        private String plain(Value v) {
            if (!v.isConstant()) {
                return v.onnxName();
            }
            return derived.computeIfAbsent("const:" + v.onnxName(), k -> g.initializer(constantTensor(
                    g.uniqueName(v.onnxName()), v.constant(), v.shape())));
        }

        private Value channelsFirst(Value v, TfjsNode user) {
            if (v.channelsFirst()) {
                return v;
            }
            if (v.rank() != 4) {
                throw new TfjsImportException(user + " needs a 4-D NHWC input, got shape " + Arrays.toString(v.shape()));
            }
            String name;
            if (v.isConstant()) {
                name = derived.computeIfAbsent("nchw-const:" + v.onnxName(), k -> g.initializer(
                        OnnxTensor.floats(g.uniqueName(v.onnxName() + "/nchw"), permute(v.constant().floatValues(),
                                v.shape(), TO_NCHW), permuteDims(v.shape(), TO_NCHW))));
            } else {
                name = derived.computeIfAbsent("nchw:" + v.onnxName(), k -> g.node("Transpose", List.of(v.onnxName()),
                        g.uniqueName(v.onnxName() + "/nchw"), OnnxAttribute.ints("perm", TO_NCHW)));
            }
            return new Value(name, v.shape(), true, null);
        }

        private Value channelsLast(Value v) {
            if (!v.channelsFirst()) {
                return v;
            }
            String name = derived.computeIfAbsent("nhwc:" + v.onnxName(), k -> g.node("Transpose",
                    List.of(v.onnxName()), g.uniqueName(v.onnxName() + "/nhwc"), OnnxAttribute.ints("perm", TO_NHWC)));
            return new Value(name, v.shape(), false, null);
        }

        // ---- convolution and pooling ----

        private Value conv(TfjsNode node, boolean depthwise) {
            requireNhwc(node);
            Value x = channelsFirst(input(node, 0), node);
            TfjsTensor filter = constantInput(node, 1, "filter");
            long[] f = filter.shape();
            if (f.length != 4) {
                throw new TfjsImportException(node + ": filter " + filter.name() + " is not 4-D");
            }
            int kh = (int) f[0], kw = (int) f[1], cin = (int) f[2], cout = (int) f[3];
            long[] strides = spatial(node.intListAttr("strides"), node, "strides");
            long[] dilations = node.intListAttr("dilations").length == 0 ? new long[] {1, 1}
                    : spatial(node.intListAttr("dilations"), node, "dilations");
            Padding pads = padding(node, x.shape(), new long[] {kh, kw}, strides, dilations);

            String weights;
            long group = 1;
            long outChannels;
            if (depthwise) {
                outChannels = (long) cin * cout; // cout is the channel multiplier
                group = cin;
                weights = derived.computeIfAbsent("dw:" + filter.name(), k -> g.initializer(OnnxTensor.floats(
                        g.uniqueName(filter.name() + "/grouped"), depthwiseToGrouped(filter.floatValues(), kh, kw, cin, cout),
                        outChannels, 1, kh, kw)));
            } else {
                outChannels = cout;
                weights = derived.computeIfAbsent("oihw:" + filter.name(), k -> g.initializer(OnnxTensor.floats(
                        g.uniqueName(filter.name() + "/oihw"), hwioToOihw(filter.floatValues(), kh, kw, cin, cout),
                        cout, cin, kh, kw)));
            }
            if (x.shape()[3] >= 0 && x.shape()[3] != cin) {
                throw new TfjsImportException(node + ": input has " + x.shape()[3] + " channels, filter expects " + cin);
            }
            Fused fused = fusedOps(node);
            List<String> inputs = new ArrayList<>(List.of(x.onnxName(), weights));
            if (fused.biasAdd()) {
                TfjsTensor bias = constantInput(node, 2, "bias");
                if (bias.rank() != 1 || bias.shape()[0] != outChannels) {
                    throw new TfjsImportException(node + ": bias " + bias.name() + " has shape "
                            + Arrays.toString(bias.shape()) + ", expected [" + outChannels + "]");
                }
                inputs.add(plain(values.get(node.dataInputs().get(2))));
            }
            List<OnnxAttribute> attrs = new ArrayList<>(List.of(
                    OnnxAttribute.ints("kernel_shape", kh, kw),
                    OnnxAttribute.ints("strides", strides),
                    OnnxAttribute.ints("dilations", dilations),
                    OnnxAttribute.of("group", group)));
            attrs.add(pads.attribute());
            String finalName = valueName(node);
            String convOut = fused.activation() == null ? finalName : g.uniqueName(node.name() + "/conv");
            g.node("Conv", inputs, List.of(convOut), attrs);
            String out = fused.activation() == null ? convOut
                    : activation(fused.activation(), convOut, finalName, fused.leakyAlpha());
            long[] shape = {x.shape()[0], pads.outH(), pads.outW(), outChannels};
            return new Value(out, shape, true, null);
        }

        private Value pool(TfjsNode node) {
            requireNhwc(node);
            Value x = channelsFirst(input(node, 0), node);
            long[] k = spatial(node.intListAttr("ksize"), node, "ksize");
            long[] strides = spatial(node.intListAttr("strides"), node, "strides");
            Padding pads = padding(node, x.shape(), k, strides, new long[] {1, 1});
            String op = node.op().equals("MaxPool") ? "MaxPool" : "AveragePool";
            List<OnnxAttribute> attrs = new ArrayList<>(List.of(
                    OnnxAttribute.ints("kernel_shape", k), OnnxAttribute.ints("strides", strides), pads.attribute()));
            // TF's AvgPool averages over the window's real elements only, as ONNX does with count_include_pad=0.
            String out = g.node(op, List.of(x.onnxName()), valueName(node), attrs.toArray(OnnxAttribute[]::new));
            return new Value(out, new long[] {x.shape()[0], pads.outH(), pads.outW(), x.shape()[3]}, true, null);
        }

        private record Padding(long top, long left, long bottom, long right, boolean autoSameUpper, long outH, long outW) {
            OnnxAttribute attribute() {
                return autoSameUpper ? OnnxAttribute.of("auto_pad", "SAME_UPPER")
                        : OnnxAttribute.ints("pads", top, left, bottom, right);
            }
        }

        /** TF's SAME/VALID/EXPLICIT padding as ONNX pads [top, left, bottom, right]. */
        private Padding padding(TfjsNode node, long[] nhwc, long[] kernel, long[] strides, long[] dilations) {
            String mode = node.stringAttr("padding").orElse("VALID");
            long[] before = new long[2];
            long[] after = new long[2];
            long[] out = new long[2];
            for (int i = 0; i < 2; i++) {
                long in = nhwc[1 + i];
                long effective = (kernel[i] - 1) * dilations[i] + 1;
                switch (mode) {
                    case "VALID" -> out[i] = in < 0 ? -1 : (in - effective) / strides[i] + 1;
                    case "SAME" -> {
                        if (in < 0) {
                            // Unknown spatial size: ONNX's SAME_UPPER is TF's SAME (extra padding at the end).
                            return new Padding(0, 0, 0, 0, true, -1, -1);
                        }
                        out[i] = (in + strides[i] - 1) / strides[i];
                        long total = Math.max((out[i] - 1) * strides[i] + effective - in, 0);
                        before[i] = total / 2;
                        after[i] = total - before[i];
                    }
                    case "EXPLICIT" -> {
                        long[] p = node.intListAttr("explicit_paddings");
                        if (p.length != 8) {
                            throw new TfjsImportException(node + ": explicit_paddings needs 8 values");
                        }
                        before[i] = p[2 + 2 * i];
                        after[i] = p[3 + 2 * i];
                        out[i] = in < 0 ? -1 : (in + before[i] + after[i] - effective) / strides[i] + 1;
                    }
                    default -> throw new TfjsImportException(node + ": unsupported padding " + mode);
                }
            }
            return new Padding(before[0], before[1], after[0], after[1], false, out[0], out[1]);
        }

        private static long[] spatial(long[] nhwcAttr, TfjsNode node, String name) {
            if (nhwcAttr.length != 4 || nhwcAttr[0] != 1 || nhwcAttr[3] != 1) {
                throw new TfjsImportException(node + ": " + name + " " + Arrays.toString(nhwcAttr)
                        + " must be [1, h, w, 1]");
            }
            return new long[] {nhwcAttr[1], nhwcAttr[2]};
        }

        private static void requireNhwc(TfjsNode node) {
            String format = node.stringAttr("data_format").orElse("NHWC");
            if (!format.equals("NHWC")) {
                throw new TfjsImportException(node + " uses data_format " + format + "; only NHWC is supported");
            }
        }

        private record Fused(boolean biasAdd, String activation, float leakyAlpha) {
        }

        /** The fused_ops of _Fused* nodes: BiasAdd, optionally followed by one activation. */
        private static Fused fusedOps(TfjsNode node) {
            List<String> ops = node.stringListAttr("fused_ops");
            if (ops.isEmpty()) {
                return new Fused(false, null, 0);
            }
            if (!ops.get(0).equals("BiasAdd") || ops.size() > 2) {
                throw new TfjsImportException(node + ": unsupported fused_ops " + ops + " (supported: BiasAdd, "
                        + "optionally followed by Relu, Relu6, LeakyRelu, Sigmoid or Tanh)");
            }
            String activation = ops.size() == 2 ? ops.get(1) : null;
            if (activation != null && !Set.of("Relu", "Relu6", "LeakyRelu", "Sigmoid", "Tanh").contains(activation)) {
                throw new TfjsImportException(node + ": unsupported fused activation " + activation);
            }
            return new Fused(true, activation, node.floatAttr("leakyrelu_alpha", 0.2f));
        }

        private String activation(String op, String input, String output, float leakyAlpha) {
            return switch (op) {
                case "Relu" -> g.node("Relu", List.of(input), output);
                case "Sigmoid" -> g.node("Sigmoid", List.of(input), output);
                case "Tanh" -> g.node("Tanh", List.of(input), output);
                case "LeakyRelu" -> g.node("LeakyRelu", List.of(input), output, OnnxAttribute.of("alpha", leakyAlpha));
                case "Relu6" -> {
                    String min = derived.computeIfAbsent("relu6:min",
                            k -> g.initializer(OnnxTensor.scalar(g.uniqueName("relu6/min"), 0f)));
                    String max = derived.computeIfAbsent("relu6:max",
                            k -> g.initializer(OnnxTensor.scalar(g.uniqueName("relu6/max"), 6f)));
                    yield g.node("Clip", List.of(input, min, max), output);
                }
                default -> throw new TfjsImportException("unsupported activation " + op);
            };
        }

        // ---- element-wise and shape ops ----

        private Value pad(TfjsNode node) {
            Value x = input(node, 0);
            long[] p = constantInput(node, 1, "paddings").longValues();
            int rank = x.rank();
            if (p.length != 2 * rank) {
                throw new TfjsImportException(node + ": paddings for rank " + rank + " must have " + 2 * rank + " values");
            }
            long[] onnxPads = new long[2 * rank];
            long[] shape = x.shape();
            for (int tfAxis = 0; tfAxis < rank; tfAxis++) {
                int axis = x.channelsFirst() ? NHWC_TO_NCHW_AXIS[tfAxis] : tfAxis;
                onnxPads[axis] = p[2 * tfAxis];
                onnxPads[rank + axis] = p[2 * tfAxis + 1];
                if (shape[tfAxis] >= 0) {
                    shape[tfAxis] += p[2 * tfAxis] + p[2 * tfAxis + 1];
                }
            }
            List<String> inputs = new ArrayList<>(List.of(plain(x),
                    g.initializer(OnnxTensor.int64s(g.uniqueName(node.name() + "/pads"), onnxPads, onnxPads.length))));
            if (node.op().equals("PadV2")) {
                float value = constantInput(node, 2, "constant_values").floatValues()[0];
                inputs.add(g.initializer(OnnxTensor.scalar(g.uniqueName(node.name() + "/value"), value)));
            }
            String out = g.node("Pad", inputs, valueName(node), OnnxAttribute.of("mode", "constant"));
            return new Value(out, shape, x.channelsFirst(), null);
        }

        private Value binary(TfjsNode node) {
            if (node.op().equals("BiasAdd")) {
                requireNhwc(node);
            }
            Value a = input(node, 0);
            Value b = input(node, 1);
            long[] shape = broadcast(a.shape(), b.shape(), node);
            boolean first = a.channelsFirst() || b.channelsFirst();
            if (first && shape.length == 4 && fitsChannelsFirst(a) && fitsChannelsFirst(b)) {
                a = toChannelsFirstOperand(a, node);
                b = toChannelsFirstOperand(b, node);
            } else {
                a = channelsLast(a);
                b = channelsLast(b);
                first = false;
            }
            String op = switch (node.op()) {
                case "Sub" -> "Sub";
                case "Mul" -> "Mul";
                default -> "Add";
            };
            String out = g.node(op, List.of(plain(a), plain(b)), valueName(node));
            return new Value(out, shape, first, null);
        }

        /** A 4-D value can switch layout; a constant of lower rank can be re-laid out as a broadcastable 4-D one. */
        private static boolean fitsChannelsFirst(Value v) {
            return v.rank() == 4 || (v.isConstant() && v.rank() <= 4);
        }

        private Value toChannelsFirstOperand(Value v, TfjsNode node) {
            if (v.channelsFirst()) {
                return v;
            }
            if (v.isConstant() && v.rank() < 4) {
                long[] padded = new long[4];
                Arrays.fill(padded, 1);
                long[] s = v.shape();
                System.arraycopy(s, 0, padded, 4 - s.length, s.length);
                TfjsTensor c = v.constant();
                String name = derived.computeIfAbsent("nchw-bcast:" + v.onnxName(), k -> g.initializer(OnnxTensor.floats(
                        g.uniqueName(v.onnxName() + "/nchw"), permute(c.floatValues(), padded, TO_NCHW),
                        permuteDims(padded, TO_NCHW))));
                return new Value(name, padded, true, null);
            }
            return channelsFirst(v, node);
        }

        private Value reshape(TfjsNode node) {
            Value x = channelsLast(input(node, 0));
            long[] target = constantInput(node, 1, "shape").longValues();
            String shapeName = g.initializer(OnnxTensor.int64s(g.uniqueName(node.name() + "/shape"), target, target.length));
            String out = g.node("Reshape", List.of(plain(x), shapeName), valueName(node));
            return new Value(out, reshapedShape(x.shape(), target), false, null);
        }

        private Value reduce(TfjsNode node) {
            Value input = input(node, 0);
            long[] axes = constantInput(node, 1, "reduction_indices").longValues();
            boolean keepDims = node.boolAttr("keep_dims", false);
            int rank = input.rank();
            Set<Integer> reduced = new java.util.TreeSet<>();
            for (long a : axes) {
                reduced.add((int) (a < 0 ? a + rank : a));
            }
            boolean first = input.channelsFirst();
            if (first && !keepDims) {
                // Without keepdims the surviving axes must come out in TF's order, else reduce in NHWC.
                int last = -1;
                for (int tfAxis = 0; tfAxis < 4 && first; tfAxis++) {
                    if (!reduced.contains(tfAxis)) {
                        first = NHWC_TO_NCHW_AXIS[tfAxis] > last;
                        last = NHWC_TO_NCHW_AXIS[tfAxis];
                    }
                }
            }
            Value x = first ? input : channelsLast(input);
            long[] onnxAxes = reduced.stream().mapToLong(a -> x.channelsFirst() ? NHWC_TO_NCHW_AXIS[a] : a).sorted().toArray();
            String op = node.op().equals("Mean") ? "ReduceMean" : "ReduceMax";
            String out = g.node(op, List.of(plain(x)), valueName(node),
                    OnnxAttribute.ints("axes", onnxAxes), OnnxAttribute.of("keepdims", keepDims ? 1L : 0L));
            List<Long> shape = new ArrayList<>();
            for (int i = 0; i < rank; i++) {
                if (!reduced.contains(i)) {
                    shape.add(x.shape()[i]);
                } else if (keepDims) {
                    shape.add(1L);
                }
            }
            return new Value(out, shape.stream().mapToLong(Long::longValue).toArray(), x.channelsFirst() && keepDims, null);
        }

        private Value softmax(TfjsNode node) {
            Value x = input(node, 0);
            // TF normalises over the last axis; in NCHW that is axis 1.
            long axis = x.channelsFirst() ? 1 : -1;
            String out = g.node("Softmax", List.of(plain(x)), valueName(node), OnnxAttribute.of("axis", axis));
            return new Value(out, x.shape(), x.channelsFirst(), null);
        }

        private Value concat(TfjsNode node) {
            List<String> names = node.dataInputs();
            int n = names.size() - 1;
            long axisValue = constantInput(node, n, "axis").longValues()[0];
            List<Value> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(input(node, i));
            }
            int rank = parts.get(0).rank();
            int axis = (int) (axisValue < 0 ? axisValue + rank : axisValue);
            boolean first = rank == 4 && parts.stream().anyMatch(Value::channelsFirst)
                    && parts.stream().allMatch(p -> p.rank() == 4);
            List<String> inputs = new ArrayList<>();
            long[] shape = parts.get(0).shape();
            shape[axis] = 0;
            for (Value p : parts) {
                inputs.add(plain(first ? channelsFirst(p, node) : channelsLast(p)));
                long d = p.shape()[axis];
                shape[axis] = shape[axis] < 0 || d < 0 ? -1 : shape[axis] + d;
            }
            long onnxAxis = first ? NHWC_TO_NCHW_AXIS[axis] : axis;
            String out = g.node("Concat", inputs, valueName(node), OnnxAttribute.of("axis", onnxAxis));
            return new Value(out, shape, first, null);
        }

        private Value matMul(TfjsNode node) {
            Value a = channelsLast(input(node, 0));
            Value b = channelsLast(input(node, 1));
            if (a.rank() != 2 || b.rank() != 2) {
                throw new TfjsImportException(node + ": only 2-D MatMul is supported");
            }
            boolean ta = node.boolAttr("transpose_a", false);
            boolean tb = node.boolAttr("transpose_b", false);
            Fused fused = fusedOps(node);
            List<String> inputs = new ArrayList<>(List.of(plain(a), plain(b)));
            if (fused.biasAdd()) {
                inputs.add(plain(input(node, 2)));
            }
            String finalName = valueName(node);
            String gemmOut = fused.activation() == null ? finalName : g.uniqueName(node.name() + "/gemm");
            g.node("Gemm", inputs, gemmOut, OnnxAttribute.of("transA", ta ? 1L : 0L), OnnxAttribute.of("transB", tb ? 1L : 0L));
            String out = fused.activation() == null ? gemmOut
                    : activation(fused.activation(), gemmOut, finalName, fused.leakyAlpha());
            long[] shape = {ta ? a.shape()[1] : a.shape()[0], tb ? b.shape()[0] : b.shape()[1]};
            return new Value(out, shape, false, null);
        }

        // ---- shape arithmetic and constant rearrangement ----

        private static long[] broadcast(long[] a, long[] b, TfjsNode node) {
            int rank = Math.max(a.length, b.length);
            long[] out = new long[rank];
            for (int i = 0; i < rank; i++) {
                long da = i - (rank - a.length) >= 0 ? a[i - (rank - a.length)] : 1;
                long db = i - (rank - b.length) >= 0 ? b[i - (rank - b.length)] : 1;
                if (da == 1) {
                    out[i] = db;
                } else if (db == 1 || da == db) {
                    out[i] = da;
                } else if (da < 0 || db < 0) {
                    out[i] = Math.max(da, db);
                } else {
                    throw new TfjsImportException(node + ": shapes " + Arrays.toString(a) + " and " + Arrays.toString(b)
                            + " do not broadcast");
                }
            }
            return out;
        }

        private static long[] reshapedShape(long[] in, long[] target) {
            long known = 1;
            boolean inKnown = true;
            for (long d : in) {
                if (d < 0) {
                    inKnown = false;
                } else {
                    known *= d;
                }
            }
            long[] out = target.clone();
            long rest = 1;
            int wildcard = -1;
            for (int i = 0; i < out.length; i++) {
                if (out[i] == -1) {
                    wildcard = i;
                } else {
                    rest *= out[i];
                }
            }
            if (wildcard >= 0 && inKnown && rest > 0) {
                out[wildcard] = known / rest;
            }
            return out;
        }

        private static OnnxTensor constantTensor(String name, TfjsTensor t, long[] shape) {
            if (t.isFloat()) {
                return OnnxTensor.floats(name, t.floats(), shape);
            }
            return OnnxTensor.int64s(name, t.longValues(), shape);
        }

        /** [kh, kw, cin, cout] → [cout, cin, kh, kw]. */
        static float[] hwioToOihw(float[] w, int kh, int kw, int cin, int cout) {
            float[] out = new float[w.length];
            for (int y = 0; y < kh; y++) {
                for (int x = 0; x < kw; x++) {
                    for (int i = 0; i < cin; i++) {
                        for (int o = 0; o < cout; o++) {
                            out[((o * cin + i) * kh + y) * kw + x] = w[((y * kw + x) * cin + i) * cout + o];
                        }
                    }
                }
            }
            return out;
        }

        /** Depthwise [kh, kw, c, m] → grouped-Conv [c*m, 1, kh, kw]; TF's output channel c*m + j is ONNX's too. */
        static float[] depthwiseToGrouped(float[] w, int kh, int kw, int c, int m) {
            float[] out = new float[w.length];
            for (int y = 0; y < kh; y++) {
                for (int x = 0; x < kw; x++) {
                    for (int ch = 0; ch < c; ch++) {
                        for (int j = 0; j < m; j++) {
                            out[((ch * m + j) * kh + y) * kw + x] = w[((y * kw + x) * c + ch) * m + j];
                        }
                    }
                }
            }
            return out;
        }

        /** Row-major transpose of a 4-D array: output axis i is input axis perm[i]. */
        static float[] permute(float[] data, long[] dims, long[] perm) {
            int[] d = Arrays.stream(dims).mapToInt(Math::toIntExact).toArray();
            int[] outDims = Arrays.stream(permuteDims(dims, perm)).mapToInt(Math::toIntExact).toArray();
            int[] inStrides = {d[1] * d[2] * d[3], d[2] * d[3], d[3], 1};
            float[] out = new float[data.length];
            int o = 0;
            for (int i0 = 0; i0 < outDims[0]; i0++) {
                for (int i1 = 0; i1 < outDims[1]; i1++) {
                    for (int i2 = 0; i2 < outDims[2]; i2++) {
                        for (int i3 = 0; i3 < outDims[3]; i3++) {
                            int[] idx = {i0, i1, i2, i3};
                            int src = 0;
                            for (int k = 0; k < 4; k++) {
                                src += idx[k] * inStrides[(int) perm[k]];
                            }
                            out[o++] = data[src];
                        }
                    }
                }
            }
            return out;
        }

        static long[] permuteDims(long[] dims, long[] perm) {
            long[] out = new long[perm.length];
            for (int i = 0; i < perm.length; i++) {
                out[i] = dims[(int) perm[i]];
            }
            return out;
        }
    }
}
