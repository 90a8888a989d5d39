package org.emodisparity.models.onnx;

import java.util.List;

/** A node attribute; one record per ONNX {@code AttributeProto.AttributeType} that this writer supports. */
public sealed interface OnnxAttribute {

    String name();

    record IntValue(String name, long value) implements OnnxAttribute {
    }

    record FloatValue(String name, float value) implements OnnxAttribute {
    }

    record StringValue(String name, String value) implements OnnxAttribute {
    }

    record Ints(String name, List<Long> values) implements OnnxAttribute {
        public Ints {
            values = List.copyOf(values);
        }
    }

    record Floats(String name, List<Float> values) implements OnnxAttribute {
        public Floats {
            values = List.copyOf(values);
        }
    }

    record TensorValue(String name, OnnxTensor tensor) implements OnnxAttribute {
    }

    static OnnxAttribute of(String name, long value) {
        return new IntValue(name, value);
    }

    static OnnxAttribute of(String name, float value) {
        return new FloatValue(name, value);
    }

    static OnnxAttribute of(String name, String value) {
        return new StringValue(name, value);
    }

    static OnnxAttribute ints(String name, long... values) {
        return new Ints(name, java.util.Arrays.stream(values).boxed().toList());
    }

    static OnnxAttribute floats(String name, float... values) {
        Float[] boxed = new Float[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return new Floats(name, List.of(boxed));
    }

    static OnnxAttribute tensor(String name, OnnxTensor tensor) {
        return new TensorValue(name, tensor);
    }
}
