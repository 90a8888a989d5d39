package org.emodisparity.models.onnx;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Encodes a model as an ONNX {@code ModelProto} with protobuf's wire format directly. Field numbers are those of
 * {@code onnx.proto} (proto2): repeated scalars are written unpacked, as proto2 declares them; parsers accept both.
 */
final class OnnxModelWriter {
    // ModelProto
    private static final int MODEL_IR_VERSION = 1;
    private static final int MODEL_PRODUCER_NAME = 2;
    private static final int MODEL_PRODUCER_VERSION = 3;
    private static final int MODEL_GRAPH = 7;
    private static final int MODEL_OPSET_IMPORT = 8;
    private static final int MODEL_METADATA_PROPS = 14;
    // OperatorSetIdProto
    private static final int OPSET_DOMAIN = 1;
    private static final int OPSET_VERSION = 2;
    // StringStringEntryProto
    private static final int ENTRY_KEY = 1;
    private static final int ENTRY_VALUE = 2;
    // GraphProto
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_NAME = 2;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    // NodeProto
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    // AttributeProto
    private static final int ATTR_NAME = 1;
    private static final int ATTR_F = 2;
    private static final int ATTR_I = 3;
    private static final int ATTR_S = 4;
    private static final int ATTR_T = 5;
    private static final int ATTR_FLOATS = 7;
    private static final int ATTR_INTS = 8;
    private static final int ATTR_TYPE = 20;
    // AttributeProto.AttributeType
    private static final int TYPE_FLOAT = 1;
    private static final int TYPE_INT = 2;
    private static final int TYPE_STRING = 3;
    private static final int TYPE_TENSOR = 4;
    private static final int TYPE_FLOATS = 6;
    private static final int TYPE_INTS = 7;
    // TensorProto
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    // ValueInfoProto / TypeProto / TypeProto.Tensor / TensorShapeProto / Dimension
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR_TYPE = 1;
    private static final int TENSOR_TYPE_ELEM_TYPE = 1;
    private static final int TENSOR_TYPE_SHAPE = 2;
    private static final int SHAPE_DIM = 1;
    private static final int DIM_VALUE = 1;
    private static final int DIM_PARAM = 2;

    private final String producerName;
    private final String producerVersion;
    private final Map<String, String> metadata;

    OnnxModelWriter(String producerName, String producerVersion, Map<String, String> metadata) {
        this.producerName = producerName;
        this.producerVersion = producerVersion;
        this.metadata = metadata;
    }

    byte[] write(String graphName, List<OnnxGraphBuilder.Node> nodes, List<OnnxTensor> initializers,
            List<OnnxGraphBuilder.ValueInfo> inputs, List<OnnxGraphBuilder.ValueInfo> outputs) {
        return message(out -> {
            out.writeInt64(MODEL_IR_VERSION, OnnxGraphBuilder.IR_VERSION);
            out.writeString(MODEL_PRODUCER_NAME, producerName);
            out.writeString(MODEL_PRODUCER_VERSION, producerVersion);
            out.writeByteArray(MODEL_GRAPH, graph(graphName, nodes, initializers, inputs, outputs));
            out.writeByteArray(MODEL_OPSET_IMPORT, message(o -> {
                o.writeString(OPSET_DOMAIN, "");
                o.writeInt64(OPSET_VERSION, OnnxGraphBuilder.OPSET);
            }));
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                out.writeByteArray(MODEL_METADATA_PROPS, message(o -> {
                    o.writeString(ENTRY_KEY, e.getKey());
                    o.writeString(ENTRY_VALUE, e.getValue());
                }));
            }
        });
    }

    private static byte[] graph(String name, List<OnnxGraphBuilder.Node> nodes, List<OnnxTensor> initializers,
            List<OnnxGraphBuilder.ValueInfo> inputs, List<OnnxGraphBuilder.ValueInfo> outputs) {
        return message(out -> {
            for (OnnxGraphBuilder.Node n : nodes) {
                out.writeByteArray(GRAPH_NODE, node(n));
            }
            out.writeString(GRAPH_NAME, name);
            for (OnnxTensor t : initializers) {
                out.writeByteArray(GRAPH_INITIALIZER, tensor(t));
            }
            for (OnnxGraphBuilder.ValueInfo v : inputs) {
                out.writeByteArray(GRAPH_INPUT, valueInfo(v));
            }
            for (OnnxGraphBuilder.ValueInfo v : outputs) {
                out.writeByteArray(GRAPH_OUTPUT, valueInfo(v));
            }
        });
    }

    private static byte[] node(OnnxGraphBuilder.Node n) {
        return message(out -> {
            for (String in : n.inputs()) {
                out.writeString(NODE_INPUT, in);
            }
            for (String o : n.outputs()) {
                out.writeString(NODE_OUTPUT, o);
            }
            out.writeString(NODE_NAME, n.name());
            out.writeString(NODE_OP_TYPE, n.opType());
            for (OnnxAttribute a : n.attributes()) {
                out.writeByteArray(NODE_ATTRIBUTE, attribute(a));
            }
        });
    }

    private static byte[] attribute(OnnxAttribute a) {
        return message(out -> {
            out.writeString(ATTR_NAME, a.name());
            // Java 17: no pattern switch; the sealed interface keeps this chain exhaustive in practice.
            if (a instanceof OnnxAttribute.IntValue v) {
                out.writeInt64(ATTR_I, v.value());
                out.writeInt32(ATTR_TYPE, TYPE_INT);
            } else if (a instanceof OnnxAttribute.FloatValue v) {
                out.writeFloat(ATTR_F, v.value());
                out.writeInt32(ATTR_TYPE, TYPE_FLOAT);
            } else if (a instanceof OnnxAttribute.StringValue v) {
                out.writeString(ATTR_S, v.value());
                out.writeInt32(ATTR_TYPE, TYPE_STRING);
            } else if (a instanceof OnnxAttribute.Ints v) {
                for (long x : v.values()) {
                    out.writeInt64(ATTR_INTS, x);
                }
                out.writeInt32(ATTR_TYPE, TYPE_INTS);
            } else if (a instanceof OnnxAttribute.Floats v) {
                for (float x : v.values()) {
                    out.writeFloat(ATTR_FLOATS, x);
                }
                out.writeInt32(ATTR_TYPE, TYPE_FLOATS);
            } else if (a instanceof OnnxAttribute.TensorValue v) {
                out.writeByteArray(ATTR_T, tensor(v.tensor()));
                out.writeInt32(ATTR_TYPE, TYPE_TENSOR);
            } else {
                throw new IllegalArgumentException("unsupported attribute " + a);
            }
        });
    }

    private static byte[] tensor(OnnxTensor t) {
        return message(out -> {
            for (long d : t.dims()) {
                out.writeInt64(TENSOR_DIMS, d);
            }
            out.writeInt32(TENSOR_DATA_TYPE, t.type().code());
            out.writeString(TENSOR_NAME, t.name());
            out.writeByteArray(TENSOR_RAW_DATA, t.rawData());
        });
    }

    private static byte[] valueInfo(OnnxGraphBuilder.ValueInfo v) {
        byte[] shape = message(out -> {
            long[] dims = v.dims();
            for (int i = 0; i < dims.length; i++) {
                long d = dims[i];
                String symbol = i == 0 ? "batch" : "dim" + i;
                out.writeByteArray(SHAPE_DIM, message(o -> {
                    if (d >= 0) {
                        o.writeInt64(DIM_VALUE, d);
                    } else {
                        o.writeString(DIM_PARAM, symbol);
                    }
                }));
            }
        });
        byte[] tensorType = message(out -> {
            out.writeInt32(TENSOR_TYPE_ELEM_TYPE, v.type().code());
            out.writeByteArray(TENSOR_TYPE_SHAPE, shape);
        });
        return message(out -> {
            out.writeString(VALUE_INFO_NAME, v.name());
            out.writeByteArray(VALUE_INFO_TYPE, message(o -> o.writeByteArray(TYPE_TENSOR_TYPE, tensorType)));
        });
    }

    @FunctionalInterface
    private interface Fields {
        void write(CodedOutputStream out) throws IOException;
    }

    /** Encodes one message body; the caller embeds it as a length-delimited field. */
    private static byte[] message(Fields fields) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            fields.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
