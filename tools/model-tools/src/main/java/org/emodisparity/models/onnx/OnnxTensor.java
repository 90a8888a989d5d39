package org.emodisparity.models.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A named constant tensor (a graph initializer or a tensor attribute), stored as ONNX {@code raw_data}:
 * fixed-width little-endian elements in row-major order.
 */
public record OnnxTensor(String name, OnnxDataType type, long[] dims, byte[] rawData) {

    public OnnxTensor {
        dims = dims.clone();
        long elements = elementCount(dims);
        if (elements * type.bytesPerElement() != rawData.length) {
            throw new IllegalArgumentException("tensor " + name + ": shape " + Arrays.toString(dims) + " needs "
                    + elements * type.bytesPerElement() + " bytes of " + type + ", got " + rawData.length);
        }
    }

    public static OnnxTensor floats(String name, float[] values, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return new OnnxTensor(name, OnnxDataType.FLOAT, dims, b.array());
    }

    public static OnnxTensor int64s(String name, long[] values, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(values);
        return new OnnxTensor(name, OnnxDataType.INT64, dims, b.array());
    }

    public static OnnxTensor int32s(String name, int[] values, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        return new OnnxTensor(name, OnnxDataType.INT32, dims, b.array());
    }

    /** A scalar (rank 0) float, e.g. Clip's min/max inputs. */
    public static OnnxTensor scalar(String name, float value) {
        return floats(name, new float[] {value});
    }

    @Override
    public long[] dims() {
        return dims.clone();
    }

    static long elementCount(long[] dims) {
        long n = 1;
        for (long d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("a constant tensor needs concrete dims: " + Arrays.toString(dims));
            }
            n *= d;
        }
        return n;
    }
}
