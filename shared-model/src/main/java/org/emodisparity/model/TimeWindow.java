package org.emodisparity.model;

/** One time unit of the analysis: all modalities report one estimate per window. Seconds from media start. */
public record TimeWindow(int index, double start, double end) {
    public TimeWindow {
        if (index < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid window #" + index + " [" + start + ", " + end + ")");
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
