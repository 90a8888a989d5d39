package org.emodisparity.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Catalog JSON for tests: a model entry, its source and files, and a {@link ModelCatalog} read from them. Shared
 * with the tests of {@code tools/model-tools} and {@code src-test-fixtures} through this module's test jar.
 */
final class CatalogJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private CatalogJson() {
    }

    static ObjectNode model(String id, String task, String format, String profile, ObjectNode source) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        m.put("task", task);
        m.put("format", format);
        m.put("profile", profile);
        m.put("licence", "Apache-2.0");
        m.put("citation", "test model");
        m.set("source", source);
        m.putArray("files");
        m.putObject("accuracy");
        return m;
    }

    static ObjectNode source(String kind, String artifact) {
        ObjectNode s = JSON.createObjectNode();
        s.put("kind", kind);
        if (artifact != null) {
            s.put("artifact", artifact);
        }
        return s;
    }

    static ObjectNode file(ObjectNode model, String name, String from, String sha256) {
        ObjectNode f = ((ArrayNode) model.get("files")).addObject();
        f.put("name", name);
        if (from != null) {
            f.put("from", from);
        }
        f.put("sha256", sha256);
        return f;
    }

    static ModelCatalog catalog(ObjectNode... models) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("models");
        for (ObjectNode m : models) {
            list.add(m);
        }
        return ModelCatalog.read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)));
    }
}
