package org.emodisparity.speech.emotion;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The tensors the classifier feeds and reads, as found in the model: the waveform input, the optional attention
 * mask, the logits output, and the fixed dimensions the model declares (-1 where dynamic).
 *
 * @param fixedSamples   the waveform input's declared sample count, or -1 if dynamic (some exports fix it, e.g.
 *                       [1, 320000]; shorter clips are then zero-padded)
 * @param declaredLabels the logits output's declared width, or -1 if dynamic
 */
record ModelSignature(String waveformInput, String attentionMaskInput, OnnxJavaType maskType, String logitsOutput,
        long fixedSamples, long declaredLabels) {

    boolean hasAttentionMask() {
        return attentionMaskInput != null;
    }

    static ModelSignature read(OrtSession session, ClassifierSettings options) throws OrtException {
        Map<String, NodeInfo> inputs = session.getInputInfo(); // model order
        String mask = inputs.containsKey(options.attentionMaskInput()) ? options.attentionMaskInput() : null;
        String waveform = options.waveformInput() != null
                ? require(inputs, options.waveformInput(), "input")
                : inputs.keySet().stream().filter(n -> !n.equals(mask)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("model has no waveform input, only "
                                + inputs.keySet()));
        List<String> unfed = new ArrayList<>(inputs.keySet());
        unfed.remove(waveform);
        unfed.remove(mask);
        if (!unfed.isEmpty()) {
            throw new IllegalArgumentException("model needs inputs this classifier cannot feed: " + unfed
                    + " (it feeds the waveform " + waveform + " and the attention mask "
                    + options.attentionMaskInput() + ")");
        }
        TensorInfo wave = matrix(inputs.get(waveform), "input " + waveform);
        if (wave.type != OnnxJavaType.FLOAT) {
            throw new IllegalArgumentException("waveform input " + waveform + " must be float32, is " + wave.type);
        }
        OnnxJavaType maskType = null;
        if (mask != null) {
            maskType = matrix(inputs.get(mask), "input " + mask).type;
            if (maskType != OnnxJavaType.INT64 && maskType != OnnxJavaType.INT32) {
                throw new IllegalArgumentException("attention mask " + mask + " must be int64 or int32, is " + maskType);
            }
        }
        Map<String, NodeInfo> outputs = session.getOutputInfo();
        String logits = options.logitsOutput() != null ? require(outputs, options.logitsOutput(), "output")
                : outputs.keySet().iterator().next();
        TensorInfo out = matrix(outputs.get(logits), "output " + logits);
        if (out.type != OnnxJavaType.FLOAT) {
            throw new IllegalArgumentException("output " + logits + " must be float32, is " + out.type);
        }
        return new ModelSignature(waveform, mask, maskType, logits, wave.getShape()[1], out.getShape()[1]);
    }

    private static String require(Map<String, NodeInfo> tensors, String name, String kind) {
        if (!tensors.containsKey(name)) {
            throw new IllegalArgumentException("model has no " + kind + " named " + name + "; its " + kind + "s are "
                    + tensors.keySet());
        }
        return name;
    }

    /** A [batch, n] tensor whose batch dimension is dynamic or 1 (one clip per call). */
    private static TensorInfo matrix(NodeInfo node, String what) {
        if (!(node.getInfo() instanceof TensorInfo info) || info.getShape().length != 2 || info.getShape()[0] > 1) {
            throw new IllegalArgumentException(what + " must be a [batch, n] tensor, is " + describe(node));
        }
        return info;
    }

    private static String describe(NodeInfo node) {
        return node.getInfo() instanceof TensorInfo t ? t.type + Arrays.toString(t.getShape()) : node.getInfo().toString();
    }
}
