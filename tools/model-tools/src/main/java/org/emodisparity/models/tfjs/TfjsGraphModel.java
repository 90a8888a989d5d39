package org.emodisparity.models.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A TF.js graph model ({@code format: graph-model}) read from {@code model.json} and its weight shards: the node
 * list, the weights by name, and the graph's inputs (its Placeholders) and outputs (the signature's outputs,
 * else the nodes nothing consumes).
 */
public record TfjsGraphModel(List<TfjsNode> nodes, Map<String, TfjsTensor> weights, List<String> inputs,
        List<String> outputs, Map<String, String> provenance) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public TfjsGraphModel {
        nodes = List.copyOf(nodes);
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** Reads {@code model.json}; weight shard paths are resolved against its folder. */
    public static TfjsGraphModel read(Path modelJson) throws IOException {
        JsonNode root = JSON.readTree(modelJson.toFile());
        String format = root.path("format").asText("graph-model");
        if (!format.equals("graph-model")) {
            throw new TfjsImportException(modelJson + " is a TF.js '" + format + "', not a graph-model");
        }
        JsonNode topology = root.path("modelTopology");
        if (!topology.has("node")) {
            throw new TfjsImportException(modelJson + " has no modelTopology.node list");
        }
        List<TfjsNode> nodes = new ArrayList<>();
        for (JsonNode n : topology.path("node")) {
            nodes.add(TfjsNode.fromJson(n));
        }
        Map<String, TfjsTensor> weights = readWeights(root.path("weightsManifest"), modelJson.toAbsolutePath().getParent());

        List<String> inputs = nodes.stream().filter(n -> n.op().equals("Placeholder")).map(TfjsNode::name).toList();
        JsonNode signature = root.path("userDefinedMetadata").path("signature");
        if (signature.isMissingNode()) {
            signature = root.path("signature");
        }
        List<String> outputs = new ArrayList<>();
        for (Iterator<String> it = signature.path("outputs").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            outputs.add(name.endsWith(":0") ? name.substring(0, name.length() - 2) : name);
        }
        if (outputs.isEmpty()) {
            outputs = sinks(nodes);
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        for (String key : List.of("generatedBy", "convertedBy")) {
            if (root.hasNonNull(key)) {
                provenance.put(key, root.get(key).asText());
            }
        }
        return new TfjsGraphModel(nodes, weights, inputs, outputs, provenance);
    }

    public TfjsNode node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new TfjsImportException("no node named " + name));
    }

    private static List<String> sinks(List<TfjsNode> nodes) {
        Set<String> consumed = new HashSet<>();
        for (TfjsNode n : nodes) {
            for (String in : n.inputs()) {
                String bare = in.startsWith("^") ? in.substring(1) : in;
                int colon = bare.lastIndexOf(':');
                consumed.add(colon > 0 ? bare.substring(0, colon) : bare);
            }
        }
        return nodes.stream()
                .filter(n -> !consumed.contains(n.name()) && !n.op().equals("Const") && !n.op().equals("Placeholder"))
                .map(TfjsNode::name).toList();
    }

    /** Each manifest group's shards are one byte stream holding that group's weights back to back. */
    private static Map<String, TfjsTensor> readWeights(JsonNode manifest, Path folder) throws IOException {
        Map<String, TfjsTensor> weights = new LinkedHashMap<>();
        for (JsonNode group : manifest) {
            ByteArrayOutputStream concatenated = new ByteArrayOutputStream();
            for (JsonNode path : group.path("paths")) {
                concatenated.write(Files.readAllBytes(folder.resolve(path.asText())));
            }
            ByteBuffer data = ByteBuffer.wrap(concatenated.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
            for (JsonNode w : group.path("weights")) {
                String name = w.path("name").asText();
                if (w.has("quantization")) {
                    throw new TfjsImportException("weight " + name + " is quantized ("
                            + w.path("quantization").path("dtype").asText() + "); only float32/int32 weights are supported");
                }
                long[] shape = new long[w.path("shape").size()];
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = w.path("shape").get(i).asLong();
                }
                int count = Math.toIntExact(TfjsTensor.elementCount(shape));
                String dtype = w.path("dtype").asText();
                if (data.remaining() < count * 4L) {
                    throw new TfjsImportException("weight shards end before weight " + name);
                }
                TfjsTensor t = switch (dtype) {
                    case "float32" -> {
                        float[] f = new float[count];
                        data.asFloatBuffer().get(f);
                        yield new TfjsTensor(name, shape, f, null);
                    }
                    case "int32" -> {
                        int[] v = new int[count];
                        data.asIntBuffer().get(v);
                        yield new TfjsTensor(name, shape, null, v);
                    }
                    default -> throw new TfjsImportException("weight " + name + " has dtype " + dtype
                            + "; only float32/int32 are supported");
                };
                data.position(data.position() + count * 4);
                weights.put(name, t);
            }
            if (data.hasRemaining()) {
                throw new TfjsImportException("weight shards " + group.path("paths") + " hold " + data.remaining()
                        + " bytes more than the manifest lists");
            }
        }
        return weights;
    }
}
