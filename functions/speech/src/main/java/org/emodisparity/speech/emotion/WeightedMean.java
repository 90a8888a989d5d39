package org.emodisparity.speech.emotion;

/** The weighted mean of equally long probability vectors, e.g. a phrase's chunks weighted by their duration. */
final class WeightedMean {
    private final double[] sums;
    private double totalWeight;

    WeightedMean(int size) {
        this.sums = new double[size];
    }

    void add(float[] values, double weight) {
        if (values.length != sums.length || !(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("expected " + sums.length + " values and a finite weight >= 0, got "
                    + values.length + " values and weight " + weight);
        }
        for (int i = 0; i < values.length; i++) {
            sums[i] += weight * values[i];
        }
        totalWeight += weight;
    }

    float[] mean() {
        if (!(totalWeight > 0)) {
            throw new IllegalStateException("no weight added");
        }
        float[] mean = new float[sums.length];
        for (int i = 0; i < sums.length; i++) {
            mean[i] = (float) (sums[i] / totalWeight);
        }
        return mean;
    }
}
