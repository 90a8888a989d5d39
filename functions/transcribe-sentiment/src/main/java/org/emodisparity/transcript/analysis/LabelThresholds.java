package org.emodisparity.transcript.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decision thresholds of a multi-label classifier ({@code thresholds.json}): one per output label, in model order,
 * optionally one per canonical group ({@code groups}, for the group-maximum rule of {@link CanonicalScores}), and
 * optionally the calibration {@code temperature} of the canonical distribution (see
 * {@link CanonicalScores#distribution(List, float[], org.emodisparity.model.LabelMapping, double)}; absent = 1).
 * {@code selection} says how they were chosen.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabelThresholds(List<String> labels, float[] thresholds, Map<String, Float> groups, String selection,
        Float temperature) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public LabelThresholds {
        labels = List.copyOf(labels);
        thresholds = thresholds.clone();
        groups = groups == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        if (temperature != null && !(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
        if (labels.size() != thresholds.length) {
            throw new IllegalArgumentException(labels.size() + " labels but " + thresholds.length + " thresholds");
        }
    }

    /** The same threshold for every label (e.g. 0.5, as the RoBERTa GoEmotions model card suggests). */
    public static LabelThresholds uniform(List<String> labels, float threshold) {
        float[] t = new float[labels.size()];
        Arrays.fill(t, threshold);
        return new LabelThresholds(labels, t, null, "uniform " + threshold, null);
    }

    public static LabelThresholds read(Path json) throws IOException {
        return JSON.readValue(json.toFile(), LabelThresholds.class);
    }

    public void write(Path json) throws IOException {
        Files.writeString(json, JSON.writeValueAsString(this) + "\n");
    }

    @Override
    public float[] thresholds() {
        return thresholds.clone();
    }

    /** The calibration temperature, 1 when none was fitted. */
    public double temperatureOrOne() {
        return temperature == null ? 1.0 : temperature;
    }

    public float threshold(int label) {
        return thresholds[label];
    }

    /** The labels whose score reaches their threshold, in model order. */
    public List<String> above(float[] scores) {
        List<String> on = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= thresholds[i]) {
                on.add(labels.get(i));
            }
        }
        return List.copyOf(on);
    }
}
