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
public record NarrativeSettings(Path modelFile, String modelId, LlamaSettings llama) {
    public static final String CATALOG_MODEL = "llama-3.1-8b-instruct-q4km";
    public static final NarrativeSettings DEFAULT = new NarrativeSettings(null, CATALOG_MODEL, LlamaSettings.DEFAULT);

    public NarrativeSettings {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(llama, "llama");
    }

    public NarrativeSettings withModelFile(Path file, String id) {
        return new NarrativeSettings(file, id, llama);
    }

    public NarrativeSettings withLlama(LlamaSettings settings) {
        return new NarrativeSettings(modelFile, modelId, settings);
    }
}
