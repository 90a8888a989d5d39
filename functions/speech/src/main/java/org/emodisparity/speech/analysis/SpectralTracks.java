package org.emodisparity.speech.analysis;

import java.util.Arrays;

/**
 * Frame-level spectral balance on the {@link FrameGrid}, the eGeMAPS parameters that carry arousal across corpora
 * (Eyben et al. 2016, IEEE Trans. Affective Computing 7(2)): alpha ratio, Hammarberg index, spectral slopes 0–500 Hz
 * and 500–1500 Hz, plus spectral centroid and spectral flux. Each speech frame is a 25 ms Hamming window centred on
 * the frame centre, zero-padded to a 512-point FFT (Apache Commons Math); other frames are NaN.
 *
 * <ul>
 *   <li>alpha ratio: 10·log10(energy 1–5 kHz / energy 50–1000 Hz), dB (rises as the spectrum flattens with effort)
 *   <li>Hammarberg index: strongest power 0–2 kHz over strongest power 2–5 kHz, dB (falls with effort)
 *   <li>slopes: least-squares slope of the power spectrum in dB over the band, dB per kHz
 *   <li>centroid: power-weighted mean frequency 0–8 kHz, Hz
 *   <li>flux: Euclidean distance between consecutive speech frames' magnitude spectra, each normalised to unit sum
 *       (×100); NaN for a speech frame whose predecessor is not speech
 * </ul>
 */
final class SpectralTracks {
    static final int WINDOW_SAMPLES = 400;
    static final int FFT_SIZE = 512;
    private static final double BIN_HZ = Pcm16k.SAMPLE_RATE / (double) FFT_SIZE;
    private static final double[] HAMMING = hamming(WINDOW_SAMPLES);

    final double[] alphaRatioDb;
    final double[] hammarbergDb;
    final double[] slope0to500;
    final double[] slope500to1500;
    final double[] centroidHz;
    final double[] flux;

    private SpectralTracks(int frames) {
        alphaRatioDb = nans(frames);
        hammarbergDb = nans(frames);
        slope0to500 = nans(frames);
        slope500to1500 = nans(frames);
        centroidHz = nans(frames);
        flux = nans(frames);
    }

    static SpectralTracks of(float[] pcm, boolean[] speech) {
        SpectralTracks t = new SpectralTracks(speech.length);
        double[] frame = new double[FFT_SIZE];
        int bins = FFT_SIZE / 2 + 1;
        double[] power = new double[bins];
        PowerSpectrum fft = new PowerSpectrum(FFT_SIZE);
        double[] magnitude = new double[bins];
        double[] previous = new double[bins];
        boolean hasPrevious = false;
        for (int i = 0; i < speech.length; i++) {
            if (!speech[i]) {
                hasPrevious = false;
                continue;
            }
            Arrays.fill(frame, 0);
            int start = FrameGrid.centreSample(i) - WINDOW_SAMPLES / 2;
            for (int k = 0; k < WINDOW_SAMPLES; k++) {
                int j = start + k;
                frame[k] = j >= 0 && j < pcm.length ? pcm[j] * HAMMING[k] : 0;
            }
            fft.of(frame, power);
            double total = 0;
            double weighted = 0;
            for (int b = 0; b < bins; b++) {
                total += power[b];
                weighted += power[b] * b * BIN_HZ;
            }
            if (total <= 1e-12) {
                hasPrevious = false;
                continue; // digital silence: no spectrum to describe
            }
            t.centroidHz[i] = weighted / total;
            t.alphaRatioDb[i] = EnergyTracks.decibels(bandSum(power, 1000, 5000)) - EnergyTracks.decibels(
                    bandSum(power, 50, 1000));
            t.hammarbergDb[i] = EnergyTracks.decibels(bandMax(power, 0, 2000)) - EnergyTracks.decibels(
                    bandMax(power, 2000, 5000));
            t.slope0to500[i] = slopeDbPerKhz(power, 0, 500);
            t.slope500to1500[i] = slopeDbPerKhz(power, 500, 1500);
            double sum = 0;
            for (int b = 0; b < bins; b++) {
                magnitude[b] = Math.sqrt(power[b]);
                sum += magnitude[b];
            }
            for (int b = 0; b < bins; b++) {
                magnitude[b] /= sum;
            }
            if (hasPrevious) {
                double d = 0;
                for (int b = 0; b < bins; b++) {
                    d += (magnitude[b] - previous[b]) * (magnitude[b] - previous[b]);
                }
                t.flux[i] = 100 * Math.sqrt(d);
            }
            double[] swap = previous;
            previous = magnitude;
            magnitude = swap;
            hasPrevious = true;
        }
        return t;
    }

    /** Bins whose centre frequency lies in [fromHz, toHz). */
    private static int firstBin(double hz) {
        return (int) Math.ceil(hz / BIN_HZ);
    }

    private static double bandSum(double[] power, double fromHz, double toHz) {
        double sum = 0;
        for (int b = firstBin(fromHz); b < firstBin(toHz); b++) {
            sum += power[b];
        }
        return sum;
    }

    private static double bandMax(double[] power, double fromHz, double toHz) {
        double max = 0;
        for (int b = firstBin(fromHz); b < firstBin(toHz); b++) {
            max = Math.max(max, power[b]);
        }
        return max;
    }

    private static double slopeDbPerKhz(double[] power, double fromHz, double toHz) {
        int from = Math.max(1, firstBin(fromHz)); // not the DC bin
        int to = firstBin(toHz);
        double n = to - from;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int b = from; b < to; b++) {
            double x = b * BIN_HZ / 1000;
            double y = EnergyTracks.decibels(power[b]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static double[] hamming(int n) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            w[k] = 0.54 - 0.46 * Math.cos(2 * Math.PI * k / (n - 1));
        }
        return w;
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
