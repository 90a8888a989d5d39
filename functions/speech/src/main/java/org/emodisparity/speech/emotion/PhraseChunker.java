package org.emodisparity.speech.emotion;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a phrase into the fewest equal, contiguous, non-overlapping chunks of at most {@code maxSamples} each (see
 * the package documentation for why equal and why no overlap). Works in samples so that chunk lengths are exact.
 */
final class PhraseChunker {
    private PhraseChunker() {
    }

    static List<SampleRange> chunks(SampleRange phrase, int maxSamples) {
        if (maxSamples < 1) {
            throw new IllegalArgumentException("maxSamples must be >= 1, was " + maxSamples);
        }
        int n = (phrase.length() + maxSamples - 1) / maxSamples;
        List<SampleRange> chunks = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            // Boundaries at floor(k·len/n): lengths differ by at most one sample and never exceed maxSamples.
            int from = phrase.from() + (int) ((long) k * phrase.length() / n);
            int to = phrase.from() + (int) ((long) (k + 1) * phrase.length() / n);
            chunks.add(new SampleRange(from, to));
        }
        return chunks;
    }
}
