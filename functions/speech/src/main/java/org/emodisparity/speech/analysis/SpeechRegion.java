package org.emodisparity.speech.analysis;

import org.emodisparity.model.TimeWindow;

/** A stretch of detected speech, [start, end) in seconds, padding included. */
public record SpeechRegion(double start, double end) {
    public SpeechRegion {
        if (!(start >= 0) || !(end > start)) {
            throw new IllegalArgumentException("invalid speech region [" + start + ", " + end + ")");
        }
    }

    public double duration() {
        return end - start;
    }

    public TimeWindow interval() {
        return TimeWindow.of(start, end);
    }
}
