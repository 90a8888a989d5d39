package org.emodisparity.speech.diarization;

import java.util.ArrayList;
import java.util.List;
import org.emodisparity.speech.analysis.PowerSpectrum;
import org.emodisparity.speech.analysis.SpeechRegion;

/**
 * Mel-frequency cepstral coefficients of 16 kHz speech: 25 ms Hamming frames every 10 ms, pre-emphasis 0.97,
 * a 512-point FFT (Commons Math), 26 triangular mel filters from 100 Hz to 7.6 kHz, log energies, DCT-II; c1–c19
 * (c0, the level, is left out: it says more about the microphone than the voice). Only frames whose centre lies in
 * detected speech are computed. The coefficients are then mean- and variance-normalised over the recording
 * (cepstral mean normalisation removes the channel, which is shared by all speakers of one track).
 */
final class Mfcc {
    static final int RATE = 16_000;
    static final int FRAME = 400;
    static final int HOP = 160;
    static final double FRAME_SECONDS = HOP / (double) RATE;
    static final int COEFFS = 19;
    private static final int NFFT = 512;
    private static final int FILTERS = 26;
    private static final double LOW_HZ = 100;
    private static final double HIGH_HZ = 7600;

    private final PowerSpectrum fft = new PowerSpectrum(NFFT);
    private final double[] power = new double[NFFT / 2 + 1];
    private final double[] window = new double[FRAME];
    private final double[][] filters = new double[FILTERS][NFFT / 2 + 1];
    private final double[][] dct = new double[COEFFS][FILTERS];

    Mfcc() {
        for (int i = 0; i < FRAME; i++) {
            window[i] = 0.54 - 0.46 * Math.cos(2 * Math.PI * i / (FRAME - 1));
        }
        double lowMel = mel(LOW_HZ);
        double highMel = mel(HIGH_HZ);
        double[] edges = new double[FILTERS + 2];
        for (int m = 0; m < edges.length; m++) {
            edges[m] = hz(lowMel + (highMel - lowMel) * m / (FILTERS + 1)) * NFFT / RATE;
        }
        for (int m = 0; m < FILTERS; m++) {
            for (int k = 0; k <= NFFT / 2; k++) {
                double up = (k - edges[m]) / (edges[m + 1] - edges[m]);
                double down = (edges[m + 2] - k) / (edges[m + 2] - edges[m + 1]);
                filters[m][k] = Math.max(0, Math.min(up, down));
            }
        }
        for (int c = 0; c < COEFFS; c++) {
            for (int m = 0; m < FILTERS; m++) {
                dct[c][m] = Math.cos(Math.PI * (c + 1) * (m + 0.5) / FILTERS);
            }
        }
    }

    /** Features of the speech frames, normalised, with each frame's index (frame k starts at k·10 ms). */
    record Frames(double[][] features, int[] index) {
        int size() {
            return index.length;
        }

        double seconds(int i) {
            return index[i] * FRAME_SECONDS;
        }
    }

    Frames compute(float[] pcm, List<SpeechRegion> speech) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        int frames = pcm.length < FRAME ? 0 : 1 + (pcm.length - FRAME) / HOP;
        int r = 0;
        double[] buffer = new double[NFFT];
        for (int k = 0; k < frames && r < speech.size(); k++) {
            double centre = (k * HOP + FRAME / 2.0) / RATE;
            while (r < speech.size() && centre >= speech.get(r).end()) {
                r++;
            }
            if (r >= speech.size() || centre < speech.get(r).start()) {
                continue;
            }
            rows.add(coefficients(pcm, k * HOP, buffer));
            indices.add(k);
        }
        double[][] x = rows.toArray(double[][]::new);
        normalise(x);
        return new Frames(x, indices.stream().mapToInt(Integer::intValue).toArray());
    }

    private double[] coefficients(float[] pcm, int offset, double[] buffer) {
        java.util.Arrays.fill(buffer, 0);
        double previous = offset > 0 ? pcm[offset - 1] : 0;
        for (int i = 0; i < FRAME; i++) {
            double s = pcm[offset + i];
            buffer[i] = (s - 0.97 * previous) * window[i];
            previous = s;
        }
        double[] power = this.power;
        fft.of(buffer, power);
        double[] logMel = new double[FILTERS];
        for (int m = 0; m < FILTERS; m++) {
            double e = 0;
            for (int k = 0; k < power.length; k++) {
                e += filters[m][k] * power[k];
            }
            logMel[m] = Math.log(e + 1e-10);
        }
        double[] c = new double[COEFFS];
        for (int i = 0; i < COEFFS; i++) {
            double sum = 0;
            for (int m = 0; m < FILTERS; m++) {
                sum += dct[i][m] * logMel[m];
            }
            c[i] = sum;
        }
        return c;
    }

    /** Zero mean, unit variance per coefficient over the recording's speech. */
    static void normalise(double[][] x) {
        if (x.length < 2) {
            return;
        }
        int d = x[0].length;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= x.length;
            double var = 0;
            for (double[] row : x) {
                var += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(var / (x.length - 1));
            for (double[] row : x) {
                row[j] = sd > 1e-9 ? (row[j] - mean) / sd : 0;
            }
        }
    }

    private static double mel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    private static double hz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
