package org.emodisparity.models;

import java.util.List;

/** A model input or output as the model file declares it; -1 marks a dynamic dimension. */
public record TensorSpec(String name, String dtype, List<Long> shape, String description) {
    public TensorSpec {
        shape = shape == null ? null : List.copyOf(shape);
    }
}
