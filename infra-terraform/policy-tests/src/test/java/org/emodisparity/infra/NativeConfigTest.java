package org.emodisparity.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.emodisparity.infra.Violations.assertCaught;
import static org.emodisparity.infra.Violations.assertNone;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** native-config/ cannot rot: every file parses and every class and resource it names exists in the sources. */
class NativeConfigTest {

    static final Path ROOT = Tf.repoRoot();
    static final ObjectMapper JSON = new ObjectMapper();

    /** org.emodisparity.* classes must exist as source (nested: the outer file declares the nested type). */
    static List<String> missingClasses(JsonNode reflectOrJni) throws IOException {
        List<String> v = new ArrayList<>();
        for (JsonNode e : reflectOrJni) {
            String name = e.get("name").asText();
            if (!name.startsWith("org.emodisparity.")) {
                continue; // third-party classes (JavaCPP) come from jars
            }
            String outer = name.split("\\$")[0];
            String simple = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
            String rel = outer.replace('.', '/') + ".java";
            Path source;
            try (Stream<Path> s = Files.walk(ROOT, 8)) {
                source = s.filter(p -> p.toString().endsWith("/src/main/java/" + rel)).findFirst().orElse(null);
            }
            if (source == null || !Pattern.compile("\\b(record|enum|class|interface) " + simple + "\\b").matcher(Files.readString(source)).find()) {
                v.add(name);
            }
        }
        return v;
    }

    static List<String> missingResources(JsonNode resourceConfig) throws IOException {
        List<String> v = new ArrayList<>();
        for (JsonNode inc : resourceConfig.path("resources").path("includes")) {
            String path = inc.get("pattern").asText().replace("\\Q", "").replace("\\E", "");
            try (Stream<Path> s = Files.walk(ROOT, 10)) {
                if (s.noneMatch(p -> p.toString().endsWith("/src/main/resources/" + path))) {
                    v.add(path);
                }
            }
        }
        return v;
    }

    static List<Path> files(String name) throws IOException {
        try (Stream<Path> s = Files.walk(ROOT.resolve("native-config"))) {
            return s.filter(p -> p.getFileName().toString().equals(name)).toList();
        }
    }

    @Test
    void reflectionAndJniConfigNameExistingClasses() throws IOException {
        List<Path> configs = new ArrayList<>(files("reflect-config.json"));
        configs.addAll(files("jni-config.json"));
        assertFalse(configs.isEmpty());
        for (Path p : configs) {
            assertNone(missingClasses(JSON.readTree(p.toFile())));
        }
        assertCaught(missingClasses(JSON.readTree("[{\"name\":\"org.emodisparity.model.NoSuchRecord\"}]")));
        assertCaught(missingClasses(JSON.readTree("[{\"name\":\"org.emodisparity.model.MediaInfo$NoSuchStream\"}]")));
    }

    @Test
    void resourceConfigNamesExistingResources() throws IOException {
        List<Path> configs = files("resource-config.json");
        assertFalse(configs.isEmpty());
        for (Path p : configs) {
            assertNone(missingResources(JSON.readTree(p.toFile())));
        }
        assertCaught(missingResources(JSON.readTree("{\"resources\":{\"includes\":[{\"pattern\":\"\\\\Qorg/emodisparity/models/gone.json\\\\E\"}]}}")));
    }
}
