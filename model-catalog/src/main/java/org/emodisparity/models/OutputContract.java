package org.emodisparity.models;

import java.util.List;
import java.util.Optional;
import org.emodisparity.model.LabelMapping;

/**
 * What the model returns: the tensors, and for classifiers the labels in model output order, the
 * {@link LabelMapping} table (by enum name) that maps them to the canonical labels, and the activation the scores
 * have already been through (softmax, sigmoid) or need ("logits").
 */
public record OutputContract(List<TensorSpec> tensors, List<String> labels, String labelMapping, String activation,
        String notes) {

    /** For entries that describe no output. */
    public static final OutputContract NONE = new OutputContract(null, null, null, null, null);

    public OutputContract {
        tensors = tensors == null ? List.of() : List.copyOf(tensors);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public Optional<LabelMapping> mapping() {
        return labelMapping == null ? Optional.empty() : Optional.of(LabelMapping.valueOf(labelMapping));
    }
}
