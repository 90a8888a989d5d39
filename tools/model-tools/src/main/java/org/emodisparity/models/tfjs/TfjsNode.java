package org.emodisparity.models.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One node of a TF.js graph model's {@code modelTopology.node} list. Attributes keep TensorFlow's
 * {@code AttrValue} JSON form (protobuf JSON: strings base64, 64-bit ints as decimal strings); the accessors
 * decode it.
 */
public record TfjsNode(String name, String op, List<String> inputs, JsonNode attr) {

    public TfjsNode {
        inputs = List.copyOf(inputs);
        attr = attr == null ? JsonNodeFactory.instance.objectNode() : attr;
    }

    static TfjsNode fromJson(JsonNode json) {
        List<String> inputs = new ArrayList<>();
        for (JsonNode in : json.path("input")) {
            inputs.add(in.asText());
        }
        return new TfjsNode(json.path("name").asText(), json.path("op").asText(), inputs, json.get("attr"));
    }

    /** Data inputs with the {@code :0} output suffix removed; control inputs ({@code ^name}) are dropped. */
    public List<String> dataInputs() {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            if (in.startsWith("^")) {
                continue;
            }
            int colon = in.lastIndexOf(':');
            if (colon > 0) {
                String index = in.substring(colon + 1);
                if (!index.equals("0")) {
                    throw new TfjsImportException(op + " node " + name + " reads output " + index + " of "
                            + in.substring(0, colon) + "; only single-output producers are supported");
                }
                in = in.substring(0, colon);
            }
            out.add(in);
        }
        return out;
    }

    public boolean hasAttr(String key) {
        return attr.has(key);
    }

    public Optional<String> stringAttr(String key) {
        JsonNode s = attr.path(key).get("s");
        return s == null ? Optional.empty() : Optional.of(decode(s.asText()));
    }

    public List<String> stringListAttr(String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : attr.path(key).path("list").path("s")) {
            out.add(decode(s.asText()));
        }
        return out;
    }

    public long[] intListAttr(String key) {
        JsonNode list = attr.path(key).path("list").path("i");
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Long.parseLong(list.get(i).asText());
        }
        return out;
    }

    public long intAttr(String key, long fallback) {
        JsonNode i = attr.path(key).get("i");
        return i == null ? fallback : Long.parseLong(i.asText());
    }

    public float floatAttr(String key, float fallback) {
        JsonNode f = attr.path(key).get("f");
        return f == null ? fallback : (float) f.asDouble();
    }

    public boolean boolAttr(String key, boolean fallback) {
        JsonNode b = attr.path(key).get("b");
        return b == null ? fallback : b.asBoolean();
    }

    public Optional<String> typeAttr(String key) {
        JsonNode t = attr.path(key).get("type");
        return t == null ? Optional.empty() : Optional.of(t.asText());
    }

    /** A {@code shape} attribute's dims (-1 unknown); empty if absent or of unknown rank. */
    public Optional<long[]> shapeAttr(String key) {
        JsonNode shape = attr.path(key).path("shape");
        if (shape.isMissingNode() || shape.path("unknownRank").asBoolean(false)) {
            return Optional.empty();
        }
        JsonNode dims = shape.path("dim");
        long[] out = new long[dims.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Long.parseLong(dims.get(i).path("size").asText("-1"));
        }
        return Optional.of(out);
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return op + " node '" + name + "'";
    }
}
