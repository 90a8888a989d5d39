package org.emodisparity.models;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One catalog model: identity, task, format, profile, I/O contract, provenance, licence, citation, the files it
 * installs as {@code {modelsDir}/{id}/{file}}, and measured accuracy (filled by later evaluations).
 */
public record ModelEntry(String id, ModelTask task, ModelFormat format, Profile profile, String description,
        InputContract input, OutputContract output, ModelSource source, List<ModelFile> files, String licence,
        String citation, String notes, Map<String, Object> accuracy) {

    public ModelEntry {
        files = files == null ? List.of() : List.copyOf(files);
        accuracy = accuracy == null ? Map.of() : Map.copyOf(accuracy);
        input = input == null ? InputContract.NONE : input;
        output = output == null ? OutputContract.NONE : output;
    }

    public ModelFile file(String name) {
        return findFile(name).orElseThrow(() -> new IllegalArgumentException("model " + id + " has no file " + name
                + " (files: " + files.stream().map(ModelFile::name).toList() + ")"));
    }

    public Optional<ModelFile> findFile(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The labels in model output order (empty for non-classifiers). */
    public List<String> labels() {
        return output.labels();
    }
}
