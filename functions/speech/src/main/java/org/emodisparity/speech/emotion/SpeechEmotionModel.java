package org.emodisparity.speech.emotion;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.ModelFile;
import org.emodisparity.models.ModelFormat;

/**
 * A speech-emotion classifier file and what its outputs mean: the labels in model output order and the
 * {@link LabelMapping} table that maps them to the canonical labels. Every label must be in the table.
 */
public record SpeechEmotionModel(String id, Path onnxFile, List<String> labels, LabelMapping mapping) {

    public SpeechEmotionModel {
        if (id == null || id.isBlank() || onnxFile == null || mapping == null || labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("a speech-emotion model needs an id, a file, labels and a mapping");
        }
        labels = List.copyOf(labels);
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("model " + id + " lists label '" + label + "' twice: " + labels);
            }
            mapping.canonical(label); // fails now, naming the label, rather than at the first inference
        }
    }

    /** The model as the catalog describes it: its one ONNX file, its output labels and mapping table. */
    public static SpeechEmotionModel of(InstalledModel installed) {
        ModelEntry entry = installed.entry();
        if (entry.format() != ModelFormat.ONNX) {
            throw new IllegalArgumentException("model " + entry.id() + " is " + entry.format().label() + ", not onnx");
        }
        List<ModelFile> onnx = entry.files().stream()
                .filter(f -> f.name().toLowerCase(Locale.ROOT).endsWith(".onnx")).toList();
        if (onnx.size() != 1) {
            throw new IllegalArgumentException("model " + entry.id() + " must have exactly one .onnx file, has "
                    + onnx.stream().map(ModelFile::name).toList());
        }
        LabelMapping mapping = entry.output().mapping().orElseThrow(() -> new IllegalArgumentException(
                "model " + entry.id() + " names no label mapping table in its catalog entry"));
        return new SpeechEmotionModel(entry.id(), installed.file(onnx.get(0).name()), entry.labels(), mapping);
    }

    /** Model-label probabilities (in {@link #labels()} order) → canonical distribution. */
    public EmotionDistribution toCanonical(float[] probabilities) {
        return mapping.toCanonical(labels, probabilities);
    }
}
