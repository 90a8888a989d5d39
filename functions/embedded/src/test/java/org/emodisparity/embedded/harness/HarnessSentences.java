package org.emodisparity.embedded.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.fixtures.SharedMedia;

/**
 * Sentences by label for the harness: single-label GoEmotions comments (Ekman taxonomy: joy, sadness, neutral) of
 * the split's own file (dev.tsv or test.tsv), and single-label XED subtitle lines (joy 5, sadness 6, and the neutral
 * lines), split dev/test by the line's hash. Taken in file order, alternating the two corpora, the first {@code n}
 * of each label.
 */
final class HarnessSentences {
    private HarnessSentences() {
    }

    static Map<String, List<String>> byLabel(String split, int n) throws IOException {
        Path data = SharedMedia.sharedDir().resolve("data");
        Map<String, List<String>> go = new LinkedHashMap<>();
        for (String line : Files.readAllLines(data.resolve("goemotions/ekman/" + split + ".tsv"))) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[1].contains(",")) {
                continue;
            }
            String label = switch (f[1].strip()) {
                case "3" -> "joy";
                case "5" -> "sadness";
                case "4" -> "neutral";
                default -> null;
            };
            if (label != null && f[0].length() >= 20) {
                go.computeIfAbsent(label, k -> new ArrayList<>()).add(f[0]);
            }
        }
        Map<String, List<String>> xed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(data.resolve("xed/en-annotated.tsv"))) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[1].contains(",") || !inSplit(f[0], split)) {
                continue;
            }
            String label = switch (f[1].strip()) {
                case "5" -> "joy";
                case "6" -> "sadness";
                default -> null;
            };
            if (label != null && f[0].length() >= 20) {
                xed.computeIfAbsent(label, k -> new ArrayList<>()).add(f[0]);
            }
        }
        for (String line : Files.readAllLines(data.resolve("xed/neu_en.txt"))) {
            String[] f = line.split("\t");
            if (f.length >= 2 && inSplit(f[1], split) && f[1].length() >= 20) {
                xed.computeIfAbsent("neutral", k -> new ArrayList<>()).add(f[1]);
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String label : List.of("joy", "sadness", "neutral")) {
            List<String> a = go.getOrDefault(label, List.of());
            List<String> b = xed.getOrDefault(label, List.of());
            List<String> mixed = new ArrayList<>();
            for (int i = 0; mixed.size() < n && (i < a.size() || i < b.size()); i++) {
                if (i < a.size()) {
                    mixed.add(a.get(i));
                }
                if (i < b.size() && mixed.size() < n) {
                    mixed.add(b.get(i));
                }
            }
            out.put(label, mixed);
        }
        return out;
    }

    /** XED has no published split: a line's hash puts it in dev or test, the same every run. */
    private static boolean inSplit(String text, String split) {
        boolean dev = Math.floorMod(text.hashCode(), 2) == 0;
        return split.equals("dev") == dev;
    }
}
