package org.emodisparity.models.tfjs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a TF.js graph op by op in NHWC with plain loops, following TensorFlow's op definitions; the yardstick
 * for the ONNX import. It shares only the model.json parsing with the importer, none of its layout logic.
 */
final class TfjsReferenceEvaluator {

    /** A dense float tensor in row-major order. */
    record Tensor(int[] shape, float[] data) {
        Tensor {
            if (Arrays.stream(shape).reduce(1, (a, b) -> a * b) != data.length) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " vs " + data.length + " values");
            }
        }

        int size(int axis) {
            return shape[axis];
        }
    }

    private final TfjsGraphModel model;

    TfjsReferenceEvaluator(TfjsGraphModel model) {
        this.model = model;
    }

    Map<String, Tensor> run(Map<String, Tensor> feeds) {
        Map<String, Tensor> values = new HashMap<>();
        for (TfjsNode node : model.nodes()) {
            values.put(node.name(), eval(node, values, feeds));
        }
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        for (String out : model.outputs()) {
            outputs.put(out, values.get(out));
        }
        return outputs;
    }

    private Tensor eval(TfjsNode node, Map<String, Tensor> values, Map<String, Tensor> feeds) {
        List<String> in = node.dataInputs();
        return switch (node.op()) {
            case "Placeholder" -> feeds.get(node.name());
            case "Const" -> {
                TfjsTensor t = model.weights().get(node.name());
                yield new Tensor(Arrays.stream(t.shape()).mapToInt(Math::toIntExact).toArray(), t.floatValues());
            }
            case "Identity" -> values.get(in.get(0));
            case "Conv2D", "_FusedConv2D" -> fused(node, conv(node, values.get(in.get(0)), values.get(in.get(1)), false), values);
            case "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative" ->
                    fused(node, conv(node, values.get(in.get(0)), values.get(in.get(1)), true), values);
            case "MaxPool", "AvgPool" -> pool(node, values.get(in.get(0)));
            case "Pad", "PadV2" -> pad(values.get(in.get(0)), values.get(in.get(1)),
                    node.op().equals("PadV2") ? values.get(in.get(2)).data()[0] : 0f);
            case "Relu", "Relu6", "LeakyRelu", "Sigmoid", "Tanh" ->
                    activate(node.op(), values.get(in.get(0)), node.floatAttr("alpha", 0.2f));
            case "Add", "AddV2", "BiasAdd" -> binary(values.get(in.get(0)), values.get(in.get(1)), Float::sum);
            case "Sub" -> binary(values.get(in.get(0)), values.get(in.get(1)), (a, b) -> a - b);
            case "Mul" -> binary(values.get(in.get(0)), values.get(in.get(1)), (a, b) -> a * b);
            case "Reshape" -> reshape(values.get(in.get(0)), values.get(in.get(1)));
            case "Mean", "Max" -> reduce(node, values.get(in.get(0)), values.get(in.get(1)));
            case "Softmax" -> softmax(values.get(in.get(0)));
            case "ConcatV2" -> concat(node, values);
            case "MatMul", "_FusedMatMul" -> fused(node, matMul(node, values.get(in.get(0)), values.get(in.get(1))), values);
            default -> throw new IllegalArgumentException("reference has no " + node.op());
        };
    }

    /** _Fused* nodes: BiasAdd with the third input, then the optional activation. */
    private Tensor fused(TfjsNode node, Tensor x, Map<String, Tensor> values) {
        List<String> ops = node.stringListAttr("fused_ops");
        if (ops.isEmpty()) {
            return x;
        }
        Tensor y = binary(x, values.get(node.dataInputs().get(2)), Float::sum);
        return ops.size() > 1 ? activate(ops.get(1), y, node.floatAttr("leakyrelu_alpha", 0.2f)) : y;
    }

    private static Tensor activate(String op, Tensor x, float alpha) {
        float[] out = new float[x.data().length];
        for (int i = 0; i < out.length; i++) {
            float v = x.data()[i];
            out[i] = switch (op) {
                case "Relu" -> Math.max(v, 0f);
                case "Relu6" -> Math.min(Math.max(v, 0f), 6f);
                case "LeakyRelu" -> v >= 0 ? v : alpha * v;
                case "Sigmoid" -> (float) (1 / (1 + Math.exp(-v)));
                case "Tanh" -> (float) Math.tanh(v);
                default -> throw new IllegalArgumentException(op);
            };
        }
        return new Tensor(x.shape(), out);
    }

    /** TensorFlow's padding: returns {before, outSize} for one spatial axis. */
    private static int[] padAndOut(TfjsNode node, int axis, int in, int k, int stride, int dilation) {
        String mode = node.stringAttr("padding").orElse("VALID");
        int effective = (k - 1) * dilation + 1;
        switch (mode) {
            case "VALID":
                return new int[] {0, (in - effective) / stride + 1};
            case "SAME": {
                int out = (in + stride - 1) / stride;
                int total = Math.max((out - 1) * stride + effective - in, 0);
                return new int[] {total / 2, out};
            }
            case "EXPLICIT": {
                long[] p = node.intListAttr("explicit_paddings");
                int before = (int) p[2 + 2 * axis];
                int after = (int) p[3 + 2 * axis];
                return new int[] {before, (in + before + after - effective) / stride + 1};
            }
            default:
                throw new IllegalArgumentException(mode);
        }
    }

    private static Tensor conv(TfjsNode node, Tensor x, Tensor f, boolean depthwise) {
        int n = x.size(0), h = x.size(1), w = x.size(2), c = x.size(3);
        int kh = f.size(0), kw = f.size(1), fc = f.size(2), fo = f.size(3);
        long[] s = node.intListAttr("strides");
        long[] d = node.intListAttr("dilations");
        int sh = (int) s[1], sw = (int) s[2];
        int dh = d.length == 0 ? 1 : (int) d[1], dw = d.length == 0 ? 1 : (int) d[2];
        int[] py = padAndOut(node, 0, h, kh, sh, dh);
        int[] px = padAndOut(node, 1, w, kw, sw, dw);
        int oh = py[1], ow = px[1];
        int oc = depthwise ? fc * fo : fo;
        float[] out = new float[n * oh * ow * oc];
        for (int b = 0; b < n; b++) {
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    for (int o = 0; o < oc; o++) {
                        double acc = 0;
                        for (int ky = 0; ky < kh; ky++) {
                            int iy = oy * sh + ky * dh - py[0];
                            if (iy < 0 || iy >= h) {
                                continue;
                            }
                            for (int kx = 0; kx < kw; kx++) {
                                int ix = ox * sw + kx * dw - px[0];
                                if (ix < 0 || ix >= w) {
                                    continue;
                                }
                                int base = ((b * h + iy) * w + ix) * c;
                                if (depthwise) {
                                    int ch = o / fo, m = o % fo;
                                    acc += x.data()[base + ch] * f.data()[((ky * kw + kx) * fc + ch) * fo + m];
                                } else {
                                    for (int i = 0; i < c; i++) {
                                        acc += x.data()[base + i] * f.data()[((ky * kw + kx) * fc + i) * fo + o];
                                    }
                                }
                            }
                        }
                        out[((b * oh + oy) * ow + ox) * oc + o] = (float) acc;
                    }
                }
            }
        }
        return new Tensor(new int[] {n, oh, ow, oc}, out);
    }

    private static Tensor pool(TfjsNode node, Tensor x) {
        boolean max = node.op().equals("MaxPool");
        int n = x.size(0), h = x.size(1), w = x.size(2), c = x.size(3);
        long[] k = node.intListAttr("ksize");
        long[] s = node.intListAttr("strides");
        int kh = (int) k[1], kw = (int) k[2], sh = (int) s[1], sw = (int) s[2];
        int[] py = padAndOut(node, 0, h, kh, sh, 1);
        int[] px = padAndOut(node, 1, w, kw, sw, 1);
        int oh = py[1], ow = px[1];
        float[] out = new float[n * oh * ow * c];
        for (int b = 0; b < n; b++) {
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    for (int ch = 0; ch < c; ch++) {
                        double acc = max ? Double.NEGATIVE_INFINITY : 0;
                        int count = 0;
                        for (int ky = 0; ky < kh; ky++) {
                            for (int kx = 0; kx < kw; kx++) {
                                int iy = oy * sh + ky - py[0], ix = ox * sw + kx - px[0];
                                if (iy < 0 || iy >= h || ix < 0 || ix >= w) {
                                    continue; // padding never takes part, in either pool
                                }
                                float v = x.data()[((b * h + iy) * w + ix) * c + ch];
                                acc = max ? Math.max(acc, v) : acc + v;
                                count++;
                            }
                        }
                        out[((b * oh + oy) * ow + ox) * c + ch] = (float) (max ? acc : acc / count);
                    }
                }
            }
        }
        return new Tensor(new int[] {n, oh, ow, c}, out);
    }

    private static Tensor pad(Tensor x, Tensor paddings, float value) {
        int rank = x.shape().length;
        int[] before = new int[rank];
        int[] outShape = new int[rank];
        for (int i = 0; i < rank; i++) {
            before[i] = (int) paddings.data()[2 * i];
            outShape[i] = x.shape()[i] + before[i] + (int) paddings.data()[2 * i + 1];
        }
        float[] out = new float[Arrays.stream(outShape).reduce(1, (a, b) -> a * b)];
        Arrays.fill(out, value);
        int[] idx = new int[rank];
        for (int flat = 0; flat < x.data().length; flat++) {
            unravel(flat, x.shape(), idx);
            int o = 0;
            for (int i = 0; i < rank; i++) {
                o = o * outShape[i] + idx[i] + before[i];
            }
            out[o] = x.data()[flat];
        }
        return new Tensor(outShape, out);
    }

    private interface FloatOp {
        float apply(float a, float b);
    }

    /** NumPy/TF broadcasting: shapes aligned at the trailing axis. */
    private static Tensor binary(Tensor a, Tensor b, FloatOp op) {
        int rank = Math.max(a.shape().length, b.shape().length);
        int[] sa = leftPad(a.shape(), rank), sb = leftPad(b.shape(), rank);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            out[i] = Math.max(sa[i], sb[i]);
        }
        float[] data = new float[Arrays.stream(out).reduce(1, (x, y) -> x * y)];
        int[] idx = new int[rank];
        for (int flat = 0; flat < data.length; flat++) {
            unravel(flat, out, idx);
            data[flat] = op.apply(a.data()[broadcastIndex(idx, sa)], b.data()[broadcastIndex(idx, sb)]);
        }
        return new Tensor(out, data);
    }

    private static Tensor reshape(Tensor x, Tensor shape) {
        int[] target = new int[shape.data().length];
        int known = 1, wildcard = -1;
        for (int i = 0; i < target.length; i++) {
            target[i] = (int) shape.data()[i];
            if (target[i] == -1) {
                wildcard = i;
            } else {
                known *= target[i];
            }
        }
        if (wildcard >= 0) {
            target[wildcard] = x.data().length / known;
        }
        return new Tensor(target, x.data());
    }

    private static Tensor reduce(TfjsNode node, Tensor x, Tensor axesTensor) {
        boolean mean = node.op().equals("Mean");
        boolean keep = node.boolAttr("keep_dims", false);
        int rank = x.shape().length;
        boolean[] reduced = new boolean[rank];
        for (float a : axesTensor.data()) {
            reduced[(int) (a < 0 ? a + rank : a)] = true;
        }
        int[] keptShape = new int[rank];
        int count = 1;
        for (int i = 0; i < rank; i++) {
            keptShape[i] = reduced[i] ? 1 : x.shape()[i];
            count *= reduced[i] ? x.shape()[i] : 1;
        }
        int size = Arrays.stream(keptShape).reduce(1, (a, b) -> a * b);
        double[] acc = new double[size];
        if (!mean) {
            Arrays.fill(acc, Double.NEGATIVE_INFINITY);
        }
        int[] idx = new int[rank];
        for (int flat = 0; flat < x.data().length; flat++) {
            unravel(flat, x.shape(), idx);
            int o = 0;
            for (int i = 0; i < rank; i++) {
                o = o * keptShape[i] + (reduced[i] ? 0 : idx[i]);
            }
            acc[o] = mean ? acc[o] + x.data()[flat] : Math.max(acc[o], x.data()[flat]);
        }
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = (float) (mean ? acc[i] / count : acc[i]);
        }
        int[] shape = keep ? keptShape : java.util.stream.IntStream.range(0, rank).filter(i -> !reduced[i])
                .map(i -> x.shape()[i]).toArray();
        return new Tensor(shape, out);
    }

    private static Tensor softmax(Tensor x) {
        int last = x.shape()[x.shape().length - 1];
        float[] out = new float[x.data().length];
        for (int row = 0; row < out.length / last; row++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < last; i++) {
                max = Math.max(max, x.data()[row * last + i]);
            }
            double sum = 0;
            for (int i = 0; i < last; i++) {
                sum += Math.exp(x.data()[row * last + i] - max);
            }
            for (int i = 0; i < last; i++) {
                out[row * last + i] = (float) (Math.exp(x.data()[row * last + i] - max) / sum);
            }
        }
        return new Tensor(x.shape(), out);
    }

    private static Tensor concat(TfjsNode node, Map<String, Tensor> values) {
        List<String> in = node.dataInputs();
        int n = in.size() - 1;
        int rank = values.get(in.get(0)).shape().length;
        int axis = (int) values.get(in.get(n)).data()[0];
        axis = axis < 0 ? axis + rank : axis;
        int[] shape = values.get(in.get(0)).shape().clone();
        shape[axis] = 0;
        for (int i = 0; i < n; i++) {
            shape[axis] += values.get(in.get(i)).shape()[axis];
        }
        float[] out = new float[Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
        int[] idx = new int[rank];
        int offset = 0;
        for (int p = 0; p < n; p++) {
            Tensor t = values.get(in.get(p));
            for (int flat = 0; flat < t.data().length; flat++) {
                unravel(flat, t.shape(), idx);
                idx[axis] += offset;
                out[ravel(idx, shape)] = t.data()[flat];
            }
            offset += t.shape()[axis];
        }
        return new Tensor(shape, out);
    }

    private static Tensor matMul(TfjsNode node, Tensor a, Tensor b) {
        boolean ta = node.boolAttr("transpose_a", false), tb = node.boolAttr("transpose_b", false);
        int m = ta ? a.size(1) : a.size(0), k = ta ? a.size(0) : a.size(1);
        int n = tb ? b.size(0) : b.size(1);
        float[] out = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double acc = 0;
                for (int p = 0; p < k; p++) {
                    float av = ta ? a.data()[p * m + i] : a.data()[i * k + p];
                    float bv = tb ? b.data()[j * k + p] : b.data()[p * n + j];
                    acc += av * bv;
                }
                out[i * n + j] = (float) acc;
            }
        }
        return new Tensor(new int[] {m, n}, out);
    }

    private static int[] leftPad(int[] shape, int rank) {
        int[] out = new int[rank];
        Arrays.fill(out, 1);
        System.arraycopy(shape, 0, out, rank - shape.length, shape.length);
        return out;
    }

    private static int broadcastIndex(int[] idx, int[] shape) {
        int o = 0;
        for (int i = 0; i < shape.length; i++) {
            o = o * shape[i] + (shape[i] == 1 ? 0 : idx[i]);
        }
        return o;
    }

    private static void unravel(int flat, int[] shape, int[] idx) {
        for (int i = shape.length - 1; i >= 0; i--) {
            idx[i] = flat % shape[i];
            flat /= shape[i];
        }
    }

    private static int ravel(int[] idx, int[] shape) {
        int o = 0;
        for (int i = 0; i < shape.length; i++) {
            o = o * shape[i] + idx[i];
        }
        return o;
    }
}
