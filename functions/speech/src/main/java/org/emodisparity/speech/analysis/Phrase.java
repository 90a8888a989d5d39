package org.emodisparity.speech.analysis;

import org.emodisparity.model.TimeWindow;

import java.util.List;

/**
 * A complete phrase: consecutive speech regions whose gaps are all shorter than the phrase pause (see
 * {@link PhraseSplitter}). {@code start}/{@code end} are those of its first and last region.
 */
public record Phrase(int index, double start, double end, List<SpeechRegion> regions) {
    public Phrase {
        regions = List.copyOf(regions);
        if (regions.isEmpty() || index < 0 || !(end > start)) {
            throw new IllegalArgumentException("invalid phrase #" + index);
        }
    }

    public double duration() {
        return end - start;
    }

    public TimeWindow interval() {
        return TimeWindow.of(start, end);
    }
}
