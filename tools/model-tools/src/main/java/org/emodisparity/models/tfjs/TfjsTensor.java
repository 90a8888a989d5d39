package org.emodisparity.models.tfjs;

import java.util.Arrays;

/** A weight from the manifest: float32 or int32 data in row-major order with TensorFlow's (NHWC/HWIO) shape. */
public record TfjsTensor(String name, long[] shape, float[] floats, int[] ints) {

    public TfjsTensor {
        shape = shape.clone();
        if ((floats == null) == (ints == null)) {
            throw new IllegalArgumentException("tensor " + name + " needs exactly one of float or int data");
        }
        long n = elementCount(shape);
        int have = floats != null ? floats.length : ints.length;
        if (n != have) {
            throw new IllegalArgumentException("tensor " + name + " has shape " + Arrays.toString(shape) + " but "
                    + have + " values");
        }
    }

    public boolean isFloat() {
        return floats != null;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** Int data widened to long (axes, paddings, shapes); float tensors are rejected. */
    public long[] longValues() {
        if (ints == null) {
            throw new TfjsImportException("tensor " + name + " holds floats where integers are expected");
        }
        return Arrays.stream(ints).asLongStream().toArray();
    }

    /** Float data; int tensors are converted (a constant operand of an arithmetic op may be either). */
    public float[] floatValues() {
        if (floats != null) {
            return floats;
        }
        float[] out = new float[ints.length];
        for (int i = 0; i < ints.length; i++) {
            out[i] = ints[i];
        }
        return out;
    }

    static long elementCount(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
