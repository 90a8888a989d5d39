package org.emodisparity.fusion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the evidence of the windows of an episode, per modality, into what the report shows: numbers
 * (vocal cues, confidences) are averaged, words are joined without repeating a sentence that spans several
 * overlapping windows, lists (frame times) are concatenated without duplicates.
 */
final class EpisodeEvidence {
    static final int MAX_TEXT = 400;
    static final int MAX_LIST = 20;

    private EpisodeEvidence() {
    }

    static Map<String, Object> merge(List<Map<String, Object>> windows) {
        Map<String, List<Object>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> w : windows) {
            w.forEach((k, v) -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        byKey.forEach((key, values) -> {
            if (values.stream().allMatch(v -> v instanceof Number)) {
                double mean = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).average().orElse(0);
                merged.put(key, Math.round(mean * 1000) / 1000.0);
            } else if (values.stream().allMatch(v -> v instanceof String)) {
                Set<String> distinct = new LinkedHashSet<>();
                values.forEach(v -> distinct.add(((String) v).strip()));
                String text = String.join(" ", distinct);
                merged.put(key, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text);
            } else if (values.stream().allMatch(v -> v instanceof List<?>)) {
                Set<Object> distinct = new LinkedHashSet<>();
                values.forEach(v -> distinct.addAll((List<?>) v));
                merged.put(key, distinct.stream().limit(MAX_LIST).toList());
            }
        });
        return merged;
    }
}
