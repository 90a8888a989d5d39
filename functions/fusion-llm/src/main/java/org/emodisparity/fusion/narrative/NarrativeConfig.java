package org.emodisparity.fusion.narrative;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which model narrates and how it runs.
 *
 * @param modelFile      a GGUF file to use instead of the catalog's installed copy; null to use the catalog
 * @param modelId        the catalog id looked up when {@code modelFile} is null, and the name the narrative cites
 * @param llama          how llama.cpp runs it
 */
public record NarrativeConfig(Path modelFile, String modelId, LlamaSettings llama) {
    public static final String CATALOG_MODEL = "llama-3.1-8b-instruct-q4km";
    public static final NarrativeConfig DEFAULT = new NarrativeConfig(null, CATALOG_MODEL, LlamaSettings.DEFAULT);

    public NarrativeConfig {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(llama, "llama");
    }

    public NarrativeConfig withModelFile(Path file, String id) {
        return new NarrativeConfig(file, id, llama);
    }

    public NarrativeConfig withLlama(LlamaSettings settings) {
        return new NarrativeConfig(modelFile, modelId, settings);
    }
}
