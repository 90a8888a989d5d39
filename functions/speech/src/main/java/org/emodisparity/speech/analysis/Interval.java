package org.emodisparity.speech.analysis;

/** A half-open time interval [start, end) in seconds from the start of the signal. */
public record Interval(double start, double end) {
    public Interval {
        if (!Double.isFinite(start) || !Double.isFinite(end) || start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid interval [" + start + ", " + end + ")");
        }
    }

    public double duration() {
        return end - start;
    }

    public boolean contains(double t) {
        return t >= start && t < end;
    }

    /** Seconds of overlap with [from, to). */
    public double overlap(double from, double to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
}
