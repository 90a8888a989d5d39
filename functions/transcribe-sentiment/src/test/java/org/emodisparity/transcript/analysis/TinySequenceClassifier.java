package org.emodisparity.transcript.analysis;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.models.onnx.OnnxAttribute;
import org.emodisparity.models.onnx.OnnxDataType;
import org.emodisparity.models.onnx.OnnxGraphBuilder;
import org.emodisparity.models.onnx.OnnxTensor;

/**
 * A stand-in for the RoBERTa GoEmotions export with the same signature ({@code input_ids}, {@code attention_mask}
 * int64 [batch, tokens] → {@code logits} float [batch, 28]) and a word-level tokenizer
 * ({@code analysis/tiny-wordlevel-tokenizer.json}, RoBERTa's special tokens: {@code <s>}=0, {@code <pad>}=1,
 * {@code </s>}=2). logits = sum over unmasked tokens of a per-token row + bias: a few emotion words carry a
 * large logit for their label, and the padding token carries a huge "anger" logit, so broken masking would show.
 */
final class TinySequenceClassifier {
    static final int PAD = 1;

    private TinySequenceClassifier() {
    }

    static Path tokenizer() {
        try {
            return Path.of(TinySequenceClassifier.class.getResource("/analysis/tiny-wordlevel-tokenizer.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path file) throws IOException {
        List<String> labels = LabelMapping.GOEMOTIONS_LABELS;
        int vocab = 31;
        int n = labels.size();
        float[] table = new float[vocab * n];
        set(table, n, PAD, labels.indexOf("anger"), 100);
        set(table, n, 7, labels.indexOf("joy"), 8);          // happy
        set(table, n, 9, labels.indexOf("gratitude"), 8);    // grateful
        set(table, n, 12, labels.indexOf("sadness"), 6);     // hopeless
        set(table, n, 13, labels.indexOf("sadness"), 8);     // sad
        set(table, n, 17, labels.indexOf("anger"), 8);       // furious
        float[] bias = new float[n];
        Arrays.fill(bias, -4f);
        bias[labels.indexOf("neutral")] = 0.5f;
        set(table, n, 7, labels.indexOf("neutral"), -6);
        set(table, n, 13, labels.indexOf("neutral"), -6);
        set(table, n, 17, labels.indexOf("neutral"), -6);

        OnnxGraphBuilder g = new OnnxGraphBuilder("tiny-sequence-classifier");
        g.input("input_ids", OnnxDataType.INT64, -1, -1);
        g.input("attention_mask", OnnxDataType.INT64, -1, -1);
        g.initializer(OnnxTensor.floats("table", table, vocab, n));
        g.initializer(OnnxTensor.floats("bias", bias, n));
        g.initializer(OnnxTensor.int64s("axis2", new long[] {2}, 1));
        g.initializer(OnnxTensor.int64s("axis1", new long[] {1}, 1));
        g.node("Gather", List.of("table", "input_ids"), "token_logits");            // [b, t, 28]
        g.node("Cast", List.of("attention_mask"), "mask", OnnxAttribute.of("to", (long) OnnxDataType.FLOAT.code()));
        g.node("Unsqueeze", List.of("mask", "axis2"), "mask3");                      // [b, t, 1]
        g.node("Mul", List.of("token_logits", "mask3"), "masked");
        g.node("ReduceSum", List.of("masked", "axis1"), "summed", OnnxAttribute.of("keepdims", 0L)); // [b, 28]
        g.node("Add", List.of("summed", "bias"), "logits");
        g.output("logits", OnnxDataType.FLOAT, -1, n);
        g.writeModel(file, "emodisparity-test", "1", Map.of());
        return file;
    }

    private static void set(float[] table, int n, int token, int label, float value) {
        table[token * n + label] = value;
    }
}
