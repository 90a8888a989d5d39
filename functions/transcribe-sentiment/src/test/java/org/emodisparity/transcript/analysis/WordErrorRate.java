package org.emodisparity.transcript.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Word error rate: word-level edit distance over the reference length, after lower-casing and dropping punctuation. */
final class WordErrorRate {
    private WordErrorRate() {
    }

    static double of(String reference, String hypothesis) {
        List<String> ref = words(reference);
        List<String> hyp = words(hypothesis);
        int[] previous = new int[hyp.size() + 1];
        int[] current = new int[hyp.size() + 1];
        Arrays.setAll(previous, j -> j);
        for (int i = 1; i <= ref.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= hyp.size(); j++) {
                int substitution = previous[j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return ref.isEmpty() ? (hyp.isEmpty() ? 0 : 1) : previous[hyp.size()] / (double) ref.size();
    }

    static List<String> words(String text) {
        String normalised = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").strip();
        return normalised.isEmpty() ? List.of() : List.of(normalised.split("\\s+"));
    }
}
