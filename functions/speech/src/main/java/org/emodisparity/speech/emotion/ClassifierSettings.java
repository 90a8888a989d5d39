package org.emodisparity.speech.emotion;

import java.util.List;
import java.util.Locale;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.TensorSpec;
import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * How the classifier feeds and reads the ONNX model.
 *
 * @param waveformInput      name of the float32 [batch, samples] input; null: the model's first input that is not
 *                           the attention mask
 * @param attentionMaskInput name of the optional attention-mask input ([batch, samples], 1 = real sample, 0 =
 *                           padding); fed only if the model declares an input of this name
 * @param logitsOutput       name of the [batch, labels] output; null: the model's first output
 * @param normalisation      per-clip waveform normalisation
 * @param activation         whether the output still needs a softmax
 * @param ort                ONNX Runtime session settings
 */
public record ClassifierSettings(String waveformInput, String attentionMaskInput, String logitsOutput,
        WaveformNormalisation normalisation, ScoreActivation activation, OrtSessionSettings ort) {
    public static final String DEFAULT_ATTENTION_MASK = "attention_mask";

    public ClassifierSettings {
        if (attentionMaskInput == null || normalisation == null || activation == null || ort == null) {
            throw new IllegalArgumentException("attention mask name, normalisation, activation and ORT settings"
                    + " are required");
        }
    }

    /** Discovered tensor names, wav2vec2's usual zero-mean/unit-variance input, logits out, CPU. */
    public static ClassifierSettings defaults() {
        return new ClassifierSettings(null, DEFAULT_ATTENTION_MASK, null, WaveformNormalisation.ZERO_MEAN_UNIT_VARIANCE,
                ScoreActivation.LOGITS, OrtSessionSettings.defaults());
    }

    /**
     * The options a catalog entry describes: its input normalisation, output activation and, where the entry lists
     * tensors, their names; what the entry leaves open keeps {@link #defaults()}.
     */
    public static ClassifierSettings forModel(ModelEntry entry) {
        ClassifierSettings defaults = defaults();
        List<TensorSpec> inputs = entry.input().tensors();
        String mask = inputs.stream().map(TensorSpec::name).filter(n -> n.toLowerCase(Locale.ROOT).contains("mask"))
                .findFirst().orElse(DEFAULT_ATTENTION_MASK);
        String waveform = inputs.stream().map(TensorSpec::name).filter(n -> !n.equals(mask)).findFirst().orElse(null);
        String logits = entry.output().tensors().stream().map(TensorSpec::name).findFirst().orElse(null);
        return new ClassifierSettings(waveform, mask, logits,
                WaveformNormalisation.fromContract(entry.input().normalisation(), defaults.normalisation()),
                ScoreActivation.fromContract(entry.output().activation()), defaults.ort());
    }

    public ClassifierSettings withTensorNames(String waveform, String attentionMask, String logits) {
        return new ClassifierSettings(waveform, attentionMask, logits, normalisation, activation, ort);
    }

    public ClassifierSettings withNormalisation(WaveformNormalisation value) {
        return new ClassifierSettings(waveformInput, attentionMaskInput, logitsOutput, value, activation, ort);
    }

    public ClassifierSettings withActivation(ScoreActivation value) {
        return new ClassifierSettings(waveformInput, attentionMaskInput, logitsOutput, normalisation, value, ort);
    }

    public ClassifierSettings withOrt(OrtSessionSettings value) {
        return new ClassifierSettings(waveformInput, attentionMaskInput, logitsOutput, normalisation, activation, value);
    }
}
