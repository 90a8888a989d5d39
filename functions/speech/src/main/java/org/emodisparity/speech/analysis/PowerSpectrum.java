package org.emodisparity.speech.analysis;

import java.util.Arrays;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * The power spectrum |X(k)|^2, k = 0..n/2, of a real frame of n samples (n a power of two), with Commons Math's
 * in-place FFT on two reused arrays: no {@code Complex} object per bin, which made the FFT of a long session mostly
 * allocation. One instance per thread.
 */
public final class PowerSpectrum {
    private final double[] real;
    private final double[] imaginary;

    public PowerSpectrum(int n) {
        if (Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two, was " + n);
        }
        real = new double[n];
        imaginary = new double[n];
    }

    /** Writes the power of bins 0..n/2 of {@code frame} (length n, not changed) into {@code power}. */
    public void of(double[] frame, double[] power) {
        System.arraycopy(frame, 0, real, 0, real.length);
        Arrays.fill(imaginary, 0);
        FastFourierTransformer.transformInPlace(new double[][] {real, imaginary}, DftNormalization.STANDARD,
                TransformType.FORWARD);
        for (int k = 0; k <= real.length / 2; k++) {
            power[k] = real[k] * real[k] + imaginary[k] * imaginary[k];
        }
    }
}
