package org.emodisparity.speech.emotion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emodisparity.models.onnx.OnnxAttribute;
import org.emodisparity.models.onnx.OnnxDataType;
import org.emodisparity.models.onnx.OnnxGraphBuilder;
import org.emodisparity.models.onnx.OnnxTensor;

/**
 * Tiny ONNX models with the signature of a wav2vec2 audio classifier ({@code input_values} float [batch, samples]
 * → {@code logits} [batch, labels]) whose output follows from the input's loudness, so that tests can predict it:
 * with {@code e = mean(x²)} over the (unmasked) samples, the loud labels get logit {@code S·(e − T)}, the quiet
 * labels {@code −S·(e − T)}, all others 0. Loud input (e ≫ T) → a loud label, quiet input (e ≪ T) → a quiet label.
 * No trained speech-emotion model is reachable here; these check plumbing only.
 */
final class LoudnessModels {
    /** Mean square separating loud from quiet: RMS 0.1. */
    static final float THRESHOLD = 0.01f;
    /** Logit slope; large, so that clearly loud or quiet clips give probabilities within 1e-4 of 0 or 1. */
    static final float SLOPE = 1000f;

    /** What to build. */
    record Spec(int width, int[] loud, int[] quiet, String inputName, String outputName, boolean attentionMask,
            long fixedSamples, boolean declareWidth, boolean extraInput) {

        /** Dynamic [batch, samples] → [batch, width], no mask. */
        static Spec of(int width, int loud, int quiet) {
            return new Spec(width, new int[] {loud}, new int[] {quiet}, "input_values", "logits", false, -1, true,
                    false);
        }

        Spec quiet(int... indices) {
            return new Spec(width, loud, indices, inputName, outputName, attentionMask, fixedSamples, declareWidth,
                    extraInput);
        }

        Spec withAttentionMask() {
            return new Spec(width, loud, quiet, inputName, outputName, true, fixedSamples, declareWidth, extraInput);
        }

        /** The waveform input declared as [1, samples]. */
        Spec fixedLength(long samples) {
            return new Spec(width, loud, quiet, inputName, outputName, attentionMask, samples, declareWidth, extraInput);
        }

        Spec named(String input, String output) {
            return new Spec(width, loud, quiet, input, output, attentionMask, fixedSamples, declareWidth, extraInput);
        }

        /** The output declared as [batch, dynamic], so only inference reveals its width. */
        Spec dynamicWidth() {
            return new Spec(width, loud, quiet, inputName, outputName, attentionMask, fixedSamples, false, extraInput);
        }

        /** An unused float input "speaker_embedding" that a waveform classifier cannot feed. */
        Spec withExtraInput() {
            return new Spec(width, loud, quiet, inputName, outputName, attentionMask, fixedSamples, declareWidth, true);
        }
    }

    private LoudnessModels() {
    }

    static Path write(Path dir, String fileName, Spec spec) throws IOException {
        OnnxGraphBuilder g = new OnnxGraphBuilder("loudness-classifier");
        String x = spec.inputName();
        if (spec.fixedSamples() > 0) {
            g.input(x, OnnxDataType.FLOAT, 1, spec.fixedSamples());
        } else {
            g.input(x, OnnxDataType.FLOAT, -1, -1);
        }
        if (spec.extraInput()) {
            g.input("speaker_embedding", OnnxDataType.FLOAT, -1, 4);
        }
        g.node("Mul", List.of(x, x), "squares");
        String energy;
        if (spec.attentionMask()) {
            if (spec.fixedSamples() > 0) {
                g.input("attention_mask", OnnxDataType.INT64, 1, spec.fixedSamples());
            } else {
                g.input("attention_mask", OnnxDataType.INT64, -1, -1);
            }
            // e = Σ x²·m / Σ m: the energy of the real samples only.
            g.node("Cast", List.of("attention_mask"), "mask", OnnxAttribute.of("to", (long) OnnxDataType.FLOAT.code()));
            g.node("Mul", List.of("squares", "mask"), "masked_squares");
            g.initializer(OnnxTensor.int64s("samples_axis", new long[] {1}, 1)); // opset 13: ReduceSum axes are an input
            g.node("ReduceSum", List.of("masked_squares", "samples_axis"), "energy_sum", OnnxAttribute.of("keepdims", 1L));
            g.node("ReduceSum", List.of("mask", "samples_axis"), "mask_sum", OnnxAttribute.of("keepdims", 1L));
            energy = g.node("Div", List.of("energy_sum", "mask_sum"), "energy");
        } else {
            energy = g.node("ReduceMean", List.of("squares"), "energy", OnnxAttribute.ints("axes", 1),
                    OnnxAttribute.of("keepdims", 1L));
        }
        float[] weights = new float[spec.width()];
        float[] bias = new float[spec.width()];
        for (int i : spec.loud()) {
            weights[i] = SLOPE;
            bias[i] = -SLOPE * THRESHOLD;
        }
        for (int i : spec.quiet()) {
            weights[i] = -SLOPE;
            bias[i] = SLOPE * THRESHOLD;
        }
        g.initializer(OnnxTensor.floats("w", weights, spec.width()));
        g.initializer(OnnxTensor.floats("b", bias, spec.width()));
        g.node("Mul", List.of(energy, "w"), "scaled");
        if (spec.declareWidth()) {
            g.node("Add", List.of("scaled", "b"), spec.outputName());
        } else {
            // Reshape to [batch, -1] with a shape computed at run time, so that ORT cannot infer the width.
            g.node("Add", List.of("scaled", "b"), "scores");
            g.initializer(OnnxTensor.int64s("zero", new long[] {0}, 1));
            g.initializer(OnnxTensor.int64s("one", new long[] {1}, 1));
            g.initializer(OnnxTensor.int64s("minus_one", new long[] {-1}, 1));
            g.node("Shape", List.of(x), "input_shape");
            g.node("Slice", List.of("input_shape", "zero", "one"), "batch");
            g.node("Concat", List.of("batch", "minus_one"), "output_shape", OnnxAttribute.of("axis", 0L));
            g.node("Reshape", List.of("scores", "output_shape"), spec.outputName());
        }
        g.output(spec.outputName(), OnnxDataType.FLOAT, -1, spec.declareWidth() ? spec.width() : -1);
        Path file = dir.resolve(fileName);
        g.writeModel(file, "emodisparity-test", "1", Map.of());
        return file;
    }

    /** The logits the model computes for a clip whose (normalised) samples have mean square {@code energy}. */
    static float[] expectedLogits(Spec spec, double energy) {
        float[] logits = new float[spec.width()];
        for (int i : spec.loud()) {
            logits[i] = (float) (SLOPE * (energy - THRESHOLD));
        }
        for (int i : spec.quiet()) {
            logits[i] = (float) (-SLOPE * (energy - THRESHOLD));
        }
        return logits;
    }

    static double meanSquare(float[] samples) {
        double sum = 0;
        for (float s : samples) {
            sum += (double) s * s;
        }
        return sum / samples.length;
    }
}
