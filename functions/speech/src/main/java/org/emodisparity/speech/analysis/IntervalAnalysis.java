package org.emodisparity.speech.analysis;

import org.emodisparity.model.TimeWindow;

/** Vocal cues and vocal arousal of one interval. */
public record IntervalAnalysis(VocalCues cues, ArousalScore arousal) {
    public TimeWindow interval() {
        return cues.interval();
    }
}
