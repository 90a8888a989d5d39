package org.emodisparity.models;

import java.util.List;

/**
 * What a caller must feed the model: the tensors and, as applicable, the image size, colour order, layout,
 * value normalisation and resize method, the audio sample rate and window, or the tokenizer and its length.
 */
public record InputContract(List<TensorSpec> tensors, Integer width, Integer height, Integer channels, String colourOrder,
        String layout, String normalisation, String resize, Integer sampleRateHz, Integer windowSamples, String tokenizer,
        Integer maxTokens, String notes) {

    /** For entries that describe no input. */
    public static final InputContract NONE =
            new InputContract(null, null, null, null, null, null, null, null, null, null, null, null, null);

    public InputContract {
        tensors = tensors == null ? List.of() : List.copyOf(tensors);
    }
}
