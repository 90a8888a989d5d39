package org.emodisparity.speech.emotion;

import org.emodisparity.speech.analysis.Pcm16k;

/** Samples [from, to) of the session's 16 kHz PCM. */
record SampleRange(int from, int to) {
    SampleRange {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("invalid sample range [" + from + ", " + to + ")");
        }
    }

    int length() {
        return to - from;
    }

    double seconds() {
        return Pcm16k.seconds(length());
    }

    static int sampleAt(double seconds) {
        return (int) Math.round(seconds * Pcm16k.SAMPLE_RATE);
    }
}
