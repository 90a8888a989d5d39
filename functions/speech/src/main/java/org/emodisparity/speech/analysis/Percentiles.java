package org.emodisparity.speech.analysis;

import java.util.Arrays;

/** Percentiles by linear interpolation between order statistics (type 7, as R's and NumPy's default). */
final class Percentiles {
    private Percentiles() {
    }

    /** @param values at least one value; not modified */
    static double of(double[] values, double percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, percent);
    }

    static double ofSorted(double[] sorted, double percent) {
        double position = percent / 100 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
