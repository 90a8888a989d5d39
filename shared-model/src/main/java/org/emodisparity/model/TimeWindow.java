package org.emodisparity.model;

/**
 * One time unit of the analysis: all modalities report one estimate per window. Seconds from media start, half-open
 * [start, end). {@link #of} is any other span of time (a phrase, a speech region).
 */
public record TimeWindow(int index, double start, double end) {
    /** The weight of an instant (a zero-length item) inside a window, against seconds of overlap. */
    public static final double INSTANT_WEIGHT = 1e-3;

    public TimeWindow {
        if (index < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid window #" + index + " [" + start + ", " + end + ")");
        }
    }

    /**
     * A span of time that is not one of the plan's windows (a phrase, a speech region, a pause): index 0, so two
     * spans are equal when their times are. Both ends must be finite.
     */
    public static TimeWindow of(double start, double end) {
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("invalid interval [" + start + ", " + end + ")");
        }
        return new TimeWindow(0, start, end);
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

    /**
     * How much an item timed [from, to] (a sentence) counts in this window: its seconds of overlap, so a window
     * mostly covered by one sentence is mostly that sentence; a zero-length item counts with a tiny weight in the
     * window that contains its instant.
     */
    public double weightOf(double from, double to) {
        return to == from ? (contains(from) ? INSTANT_WEIGHT : 0) : overlap(from, to);
    }
}
