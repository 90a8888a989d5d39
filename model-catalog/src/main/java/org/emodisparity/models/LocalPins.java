package org.emodisparity.models;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The local lock file {@code {modelsDir}/pins.json}: SHA-256 values recorded by {@code install --pin} for files the
 * catalog leaves unpinned. Shape: {@code {"modelId": {"fileName": "sha256"}}}, keys sorted.
 */
public final class LocalPins {
    public static final String FILE_NAME = "pins.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Map<String, String>> pins;
    private boolean changed;

    private LocalPins(Path file, Map<String, Map<String, String>> pins) {
        this.file = file;
        this.pins = pins;
    }

    public static LocalPins read(Path modelsDir) throws IOException {
        Path file = modelsDir.resolve(FILE_NAME);
        Map<String, Map<String, String>> pins = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            Map<String, Map<String, String>> read = JSON.readValue(file.toFile(), new TypeReference<>() {
            });
            read.forEach((model, files) -> pins.put(model, new TreeMap<>(files)));
        }
        return new LocalPins(file, pins);
    }

    public Optional<String> sha256(String modelId, String fileName) {
        return Optional.ofNullable(pins.getOrDefault(modelId, Map.of()).get(fileName));
    }

    public void pin(String modelId, String fileName, String sha256) {
        String previous = pins.computeIfAbsent(modelId, k -> new TreeMap<>()).put(fileName, sha256);
        changed |= !sha256.equals(previous);
    }

    public Map<String, Map<String, String>> all() {
        return Collections.unmodifiableMap(pins);
    }

    public Path file() {
        return file;
    }

    /** Writes (if anything was pinned) through a temporary file so a crash never leaves half a lock file. */
    public void save() throws IOException {
        if (!changed) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        JSON.writeValue(tmp.toFile(), pins);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changed = false;
    }
}
