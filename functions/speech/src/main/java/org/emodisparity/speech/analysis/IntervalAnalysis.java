package org.emodisparity.speech.analysis;

/** Vocal cues and vocal arousal of one interval. */
public record IntervalAnalysis(VocalCues cues, ArousalScore arousal) {
    public Interval interval() {
        return cues.interval();
    }
}
