package org.emodisparity.models.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a single-graph ONNX model (default domain, opset {@value #OPSET}, IR version {@value #IR_VERSION}) and
 * serialises it without generated protobuf classes. Nodes must be added in topological order; every input a
 * node names must already exist (a graph input, an initializer or an earlier node's output), so a wiring
 * mistake fails here rather than inside ONNX Runtime. Same calls, same bytes: nothing time- or
 * hash-order-dependent is written.
 *
 * <pre>{@code
 * OnnxGraphBuilder g = new OnnxGraphBuilder("head");
 * g.input("x", OnnxDataType.FLOAT, -1, 384);
 * g.initializer(OnnxTensor.floats("w", weights, 384, 7));
 * g.initializer(OnnxTensor.floats("b", bias, 7));
 * g.node("Gemm", List.of("x", "w", "b"), "logits");
 * g.node("Softmax", List.of("logits"), "probs", OnnxAttribute.of("axis", -1L));
 * g.output("probs", OnnxDataType.FLOAT, -1, 7);
 * g.writeModel(path, "my-trainer", "1", Map.of());
 * }</pre>
 */
public final class OnnxGraphBuilder {
    public static final int OPSET = 13;
    public static final int IR_VERSION = 8;

    record Node(String name, String opType, List<String> inputs, List<String> outputs, List<OnnxAttribute> attributes) {
    }

    /** A graph input/output; a negative dim is symbolic ("batch" for dim 0, "dimN" otherwise). */
    record ValueInfo(String name, OnnxDataType type, long[] dims) {
    }

    private final String graphName;
    private final List<ValueInfo> inputs = new ArrayList<>();
    private final List<ValueInfo> outputs = new ArrayList<>();
    private final List<OnnxTensor> initializers = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final Set<String> values = new HashSet<>();
    private final Set<String> nodeNames = new HashSet<>();

    public OnnxGraphBuilder(String graphName) {
        this.graphName = graphName;
    }

    public OnnxGraphBuilder input(String name, OnnxDataType type, long... dims) {
        define(name);
        inputs.add(new ValueInfo(name, type, dims.clone()));
        return this;
    }

    /** Declares an existing value (input, initializer or node output) as a graph output. */
    public OnnxGraphBuilder output(String name, OnnxDataType type, long... dims) {
        if (!values.contains(name)) {
            throw new IllegalArgumentException("output " + name + " is not produced by the graph");
        }
        outputs.add(new ValueInfo(name, type, dims.clone()));
        return this;
    }

    /** Adds a constant; returns its name for use as a node input. */
    public String initializer(OnnxTensor tensor) {
        define(tensor.name());
        initializers.add(tensor);
        return tensor.name();
    }

    /** Adds a single-output node named after its output; returns the output name. */
    public String node(String opType, List<String> inputs, String output, OnnxAttribute... attributes) {
        node(opType, inputs, List.of(output), List.of(attributes));
        return output;
    }

    /** Adds a node with any number of outputs. An empty input name marks an omitted optional input. */
    public void node(String opType, List<String> inputs, List<String> outputs, List<OnnxAttribute> attributes) {
        for (String in : inputs) {
            if (!in.isEmpty() && !values.contains(in)) {
                throw new IllegalArgumentException(opType + " node " + outputs + ": input " + in + " is not defined yet");
            }
        }
        for (String out : outputs) {
            define(out);
        }
        String nodeName = uniqueNodeName(outputs.get(0));
        nodes.add(new Node(nodeName, opType, List.copyOf(inputs), List.copyOf(outputs), List.copyOf(attributes)));
    }

    /** {@code base} if no value has that name yet, otherwise {@code base_1}, {@code base_2}, ... */
    public String uniqueName(String base) {
        if (!values.contains(base)) {
            return base;
        }
        for (int i = 1; ; i++) {
            String candidate = base + "_" + i;
            if (!values.contains(candidate)) {
                return candidate;
            }
        }
    }

    public boolean isDefined(String valueName) {
        return values.contains(valueName);
    }

    /** The serialised {@code ModelProto}. {@code metadata} is written in its iteration order. */
    public byte[] toModelBytes(String producerName, String producerVersion, Map<String, String> metadata) {
        if (outputs.isEmpty()) {
            throw new IllegalStateException("graph " + graphName + " has no outputs");
        }
        return new OnnxModelWriter(producerName, producerVersion, new LinkedHashMap<>(metadata))
                .write(graphName, nodes, initializers, inputs, outputs);
    }

    public void writeModel(Path file, String producerName, String producerVersion, Map<String, String> metadata)
            throws IOException {
        Files.write(file, toModelBytes(producerName, producerVersion, metadata));
    }

    private void define(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("value names must be non-empty");
        }
        if (!values.add(name)) {
            throw new IllegalArgumentException("value " + name + " is defined twice");
        }
    }

    private String uniqueNodeName(String base) {
        String name = base;
        for (int i = 1; !nodeNames.add(name); i++) {
            name = base + "_node" + i;
        }
        return name;
    }

    @Override
    public String toString() {
        return "OnnxGraphBuilder[" + graphName + ": " + nodes.size() + " nodes, " + initializers.size()
                + " initializers, inputs " + inputs.stream().map(v -> v.name() + Arrays.toString(v.dims())).toList() + "]";
    }
}
