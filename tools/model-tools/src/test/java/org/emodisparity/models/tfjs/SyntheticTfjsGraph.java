package org.emodisparity.models.tfjs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Writes a TF.js graph model (model.json + one weight shard) in the exact JSON form the TF.js converter emits:
 * attribute strings base64, ints as decimal strings, weights listed in the manifest in an order unrelated to the
 * node list.
 */
public final class SyntheticTfjsGraph {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;
    private final ArrayNode nodes = JSON.createArrayNode();
    private final List<ObjectNode> manifest = new ArrayList<>();
    private final List<byte[]> weightBytes = new ArrayList<>();
    private final ObjectNode signatureOutputs = JSON.createObjectNode();

    SyntheticTfjsGraph(long seed) {
        this.random = new Random(seed);
    }

    String placeholder(String name, long... shape) {
        ObjectNode dims = JSON.createObjectNode();
        ArrayNode dim = dims.putArray("dim");
        for (long d : shape) {
            dim.addObject().put("size", Long.toString(d));
        }
        ObjectNode attr = JSON.createObjectNode();
        attr.putObject("shape").set("shape", dims);
        attr.set("dtype", type("DT_FLOAT"));
        node(name, "Placeholder", List.of(), attr);
        return name;
    }

    /** A float constant with values uniform in [-scale, scale]. */
    String randomConst(String name, float scale, long... shape) {
        int n = 1;
        for (long d : shape) {
            n *= (int) d;
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (random.nextFloat() * 2 - 1) * scale;
        }
        return floatConst(name, v, shape);
    }

    String floatConst(String name, float[] values, long... shape) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return addConst(name, "float32", "DT_FLOAT", b.array(), shape);
    }

    String intConst(String name, int[] values, long... shape) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        return addConst(name, "int32", "DT_INT32", b.array(), shape);
    }

    private String addConst(String name, String dtype, String tfType, byte[] data, long[] shape) {
        ObjectNode attr = JSON.createObjectNode();
        attr.putObject("value").putObject("tensor");
        attr.set("dtype", type(tfType));
        node(name, "Const", List.of(), attr);
        ObjectNode w = JSON.createObjectNode();
        w.put("name", name);
        ArrayNode s = w.putArray("shape");
        for (long d : shape) {
            s.add(d);
        }
        w.put("dtype", dtype);
        // Insert at the front every other time so manifest order differs from node order.
        int at = manifest.size() % 2 == 0 ? 0 : manifest.size();
        manifest.add(at, w);
        weightBytes.add(at, data);
        return name;
    }

    String node(String name, String op, List<String> inputs, ObjectNode attr) {
        ObjectNode n = nodes.addObject();
        n.put("name", name);
        n.put("op", op);
        if (!inputs.isEmpty()) {
            ArrayNode in = n.putArray("input");
            inputs.forEach(in::add);
        }
        n.set("attr", attr);
        return name;
    }

    void output(String nodeName) {
        signatureOutputs.putObject(nodeName + ":0").put("name", nodeName + ":0");
    }

    /** Writes {@code dir/model.json} and {@code dir/model.bin}; returns the model.json path. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "graph-model");
        root.put("generatedBy", "SyntheticTfjsGraph");
        root.put("convertedBy", "test");
        root.putObject("userDefinedMetadata").putObject("signature").set("outputs", signatureOutputs);
        ObjectNode topology = root.putObject("modelTopology");
        topology.set("node", nodes);
        topology.putObject("library");
        topology.putObject("versions");
        ObjectNode group = root.putArray("weightsManifest").addObject();
        group.putArray("paths").add("model.bin");
        ArrayNode weights = group.putArray("weights");
        manifest.forEach(weights::add);
        Files.writeString(dir.resolve("model.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        int total = weightBytes.stream().mapToInt(b -> b.length).sum();
        ByteBuffer all = ByteBuffer.allocate(total);
        weightBytes.forEach(all::put);
        Files.write(dir.resolve("model.bin"), all.array());
        return dir.resolve("model.json");
    }

    // ---- attribute values in TF's AttrValue JSON form ----

    static ObjectNode attrs() {
        return JSON.createObjectNode();
    }

    static ObjectNode s(String value) {
        return JSON.createObjectNode().put("s", Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }

    static ObjectNode f(float value) {
        return JSON.createObjectNode().put("f", value);
    }

    static ObjectNode b(boolean value) {
        return JSON.createObjectNode().put("b", value);
    }

    static ObjectNode type(String tfType) {
        return JSON.createObjectNode().put("type", tfType);
    }

    static ObjectNode ints(long... values) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode list = n.putObject("list").putArray("i");
        for (long v : values) {
            list.add(Long.toString(v));
        }
        return n;
    }

    static ObjectNode strings(String... values) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode list = n.putObject("list").putArray("s");
        for (String v : values) {
            list.add(Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8)));
        }
        return n;
    }

    /** The fused_ops of a _Fused* node; TF.js also wants num_args (the one bias input). */
    static ObjectNode fused(ObjectNode attrs, String... ops) {
        attrs.set("fused_ops", strings(ops));
        attrs.set("num_args", JSON.createObjectNode().put("i", "1"));
        return attrs;
    }

    /** Conv/pool attributes as the converter writes them: NHWC, strides and padding. */
    static ObjectNode spatial(long stride, String padding) {
        ObjectNode a = attrs();
        a.set("T", type("DT_FLOAT"));
        a.set("data_format", s("NHWC"));
        a.set("strides", ints(1, stride, stride, 1));
        a.set("padding", s(padding));
        a.set("dilations", ints(1, 1, 1, 1));
        a.set("explicit_paddings", JSON.createObjectNode().set("list", JSON.createObjectNode()));
        return a;
    }
}
