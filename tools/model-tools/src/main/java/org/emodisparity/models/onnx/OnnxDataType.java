package org.emodisparity.models.onnx;

/** The ONNX tensor element types this writer emits, with their {@code TensorProto.DataType} codes. */
public enum OnnxDataType {
    FLOAT(1, 4),
    UINT8(2, 1),
    INT8(3, 1),
    INT32(6, 4),
    INT64(7, 8),
    BOOL(9, 1),
    DOUBLE(11, 8);

    private final int code;
    private final int bytesPerElement;

    OnnxDataType(int code, int bytesPerElement) {
        this.code = code;
        this.bytesPerElement = bytesPerElement;
    }

    /** The {@code TensorProto.DataType} enum value. */
    public int code() {
        return code;
    }

    public int bytesPerElement() {
        return bytesPerElement;
    }
}
