package org.emodisparity.speech.analysis;

import java.util.Arrays;

/**
 * Harmonics-to-noise ratio per voiced frame by Boersma's (1993) autocorrelation method: the normalised
 * autocorrelation of a Hann-windowed, mean-removed segment divided by that of the window, its maximum r near the
 * YIN period, and HNR = 10·log10(r / (1 − r)). The 60 ms window is Praat's default (4.5 periods of 75 Hz).
 */
final class Harmonicity {
    static final double WINDOW_SECONDS = 0.06;
    /** Caps r so a perfectly periodic synthetic signal reports 60 dB instead of infinity. */
    private static final double MAX_R = 1 - 1e-6;

    private final int n = (int) Math.round(WINDOW_SECONDS * Pcm16k.SAMPLE_RATE);
    private final double[] hann = new double[n];
    private final double[] windowAutocorrelation = new double[n / 2 + 2];

    Harmonicity() {
        for (int j = 0; j < n; j++) {
            hann[j] = 0.5 - 0.5 * Math.cos(2 * Math.PI * (j + 0.5) / n);
        }
        double r0 = dot(hann, hann, 0, n);
        for (int lag = 0; lag < windowAutocorrelation.length; lag++) {
            windowAutocorrelation[lag] = dot(hann, hann, lag, n) / r0;
        }
    }

    /** HNR in dB per frame, NaN where the frame is unvoiced or shows no harmonic correlation. */
    double[] hnrDb(float[] pcm, PitchTrack pitch) {
        double[] hnr = new double[pitch.frames()];
        Arrays.fill(hnr, Double.NaN);
        double[] y = new double[n];
        for (int i = 0; i < pitch.frames(); i++) {
            if (pitch.voiced(i)) {
                windowed(pcm, FrameGrid.centreSample(i) - n / 2, y);
                hnr[i] = frameHnr(y, Pcm16k.SAMPLE_RATE / pitch.f0Hz()[i]);
            }
        }
        return hnr;
    }

    private double frameHnr(double[] y, double period) {
        double r0 = dot(y, y, 0, n);
        int from = Math.max(2, (int) Math.floor(0.9 * period));
        int to = Math.min(windowAutocorrelation.length - 2, (int) Math.ceil(1.1 * period));
        if (r0 <= 0 || to <= from) {
            return Double.NaN;
        }
        double[] r = new double[to - from + 3];
        int best = from;
        for (int lag = from - 1; lag <= to + 1; lag++) {
            r[lag - from + 1] = dot(y, y, lag, n) / r0 / windowAutocorrelation[lag];
            if (lag >= from && lag <= to && r[lag - from + 1] > r[best - from + 1]) {
                best = lag;
            }
        }
        int b = best - from + 1;
        double offset = PitchTracker.parabolicOffset(-r[b - 1], -r[b], -r[b + 1]);
        double peak = r[b] - 0.25 * (r[b - 1] - r[b + 1]) * offset;
        if (!(peak > 0)) {
            return Double.NaN;
        }
        double rMax = Math.min(peak, MAX_R);
        return 10 * Math.log10(rMax / (1 - rMax));
    }

    private void windowed(float[] pcm, int start, double[] y) {
        double mean = 0;
        for (int j = 0; j < n; j++) {
            int k = start + j;
            y[j] = k >= 0 && k < pcm.length ? pcm[k] : 0;
            mean += y[j];
        }
        mean /= n;
        for (int j = 0; j < n; j++) {
            y[j] = (y[j] - mean) * hann[j];
        }
    }

    private static double dot(double[] a, double[] b, int lag, int length) {
        double s = 0;
        for (int j = 0; j + lag < length; j++) {
            s += a[j] * b[j + lag];
        }
        return s;
    }
}
