package org.emodisparity.speech.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups speech regions into phrases: a new phrase starts wherever the silence between two regions is at least
 * {@code minPauseSeconds}. Shorter gaps (stop closures, breaths between words) stay inside the phrase.
 */
public final class PhraseSplitter {
    /**
     * Default phrase-separating pause, 0.3 s: above the 0.2–0.25 s usually taken as the shortest perceived
     * silent pause (Goldman-Eisler 1968) plus the VAD's 2×30 ms padding, so phrase boundaries are real pauses.
     */
    public static final double DEFAULT_MIN_PAUSE_SECONDS = 0.3;

    private PhraseSplitter() {
    }

    /** @param regions speech regions in time order, not overlapping */
    public static List<Phrase> split(List<SpeechRegion> regions, double minPauseSeconds) {
        List<Phrase> phrases = new ArrayList<>();
        List<SpeechRegion> current = new ArrayList<>();
        for (SpeechRegion region : regions) {
            if (!current.isEmpty() && region.start() - current.get(current.size() - 1).end() >= minPauseSeconds) {
                phrases.add(phrase(phrases.size(), current));
                current = new ArrayList<>();
            }
            current.add(region);
        }
        if (!current.isEmpty()) {
            phrases.add(phrase(phrases.size(), current));
        }
        return phrases;
    }

    private static Phrase phrase(int index, List<SpeechRegion> regions) {
        return new Phrase(index, regions.get(0).start(), regions.get(regions.size() - 1).end(), regions);
    }
}
