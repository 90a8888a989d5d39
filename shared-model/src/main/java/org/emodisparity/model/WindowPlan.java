package org.emodisparity.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The sliding time units of a session, shared by every modality so that their timelines align.
 *
 * <p>Windows of {@code windowSeconds} start every {@code strideSeconds} from 0. When the last full window
 * stops short of the end, one more window is aligned to the end so the tail is analysed too; media shorter
 * than one window gets a single window covering all of it. The paper slides a 2.5 s window by a fixed number
 * of frames; we express the stride in seconds so that it is the same for video frames and audio samples.
 */
public record WindowPlan(int schemaVersion, double durationSeconds, double windowSeconds, double strideSeconds,
                         List<TimeWindow> windows) {

    public static final double DEFAULT_WINDOW_SECONDS = 2.5;
    public static final double DEFAULT_STRIDE_SECONDS = 1.25;
    private static final double EPSILON = 1e-6;

    public WindowPlan {
        windows = List.copyOf(windows);
    }

    public static WindowPlan plan(double durationSeconds, double windowSeconds, double strideSeconds) {
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("duration must be > 0 s, was " + durationSeconds);
        }
        if (!(windowSeconds > 0) || !(strideSeconds > 0) || strideSeconds > windowSeconds) {
            throw new IllegalArgumentException("need 0 < stride <= window, got window=" + windowSeconds
                    + " stride=" + strideSeconds);
        }
        List<TimeWindow> windows = new ArrayList<>();
        if (durationSeconds <= windowSeconds + EPSILON) {
            windows.add(new TimeWindow(0, 0, durationSeconds));
        } else {
            double start = 0;
            for (int k = 0; start + windowSeconds <= durationSeconds + EPSILON; k++, start = k * strideSeconds) {
                windows.add(new TimeWindow(k, round(start), round(Math.min(start + windowSeconds, durationSeconds))));
            }
            TimeWindow last = windows.get(windows.size() - 1);
            if (last.end() < durationSeconds - EPSILON) {
                windows.add(new TimeWindow(windows.size(), round(durationSeconds - windowSeconds), round(durationSeconds)));
            }
        }
        return new WindowPlan(Contract.SCHEMA_VERSION, durationSeconds, windowSeconds, strideSeconds, windows);
    }

    /** Windows that overlap [from, to), e.g. to spread a sentence or a frame over the time units. */
    public List<TimeWindow> overlapping(double from, double to) {
        return windows.stream().filter(w -> w.overlap(from, to) > 0 || (from == to && w.contains(from))).toList();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1e6) / 1e6;
    }
}
