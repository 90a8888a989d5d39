package org.emodisparity.speech.analysis;

import java.util.Random;

/** Synthetic 16 kHz test signals with known properties. */
final class TestSignals {
    static final int SR = Pcm16k.SAMPLE_RATE;

    private TestSignals() {
    }

    /** Σ_{h=first..last} sin(2π·h·f0·t)/h, scaled to the given peak-free RMS. */
    static float[] harmonicTone(double f0, double seconds, int firstHarmonic, int lastHarmonic, double rms) {
        int n = (int) Math.round(seconds * SR);
        double[] x = new double[n];
        for (int h = firstHarmonic; h <= lastHarmonic && h * f0 < SR / 2.0; h++) {
            for (int i = 0; i < n; i++) {
                x[i] += Math.sin(2 * Math.PI * h * f0 * i / SR) / h;
            }
        }
        return scaledTo(x, rms);
    }

    static float[] sine(double hz, double seconds, double amplitude) {
        int n = (int) Math.round(seconds * SR);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / SR));
        }
        return x;
    }

    static float[] whiteNoise(double seconds, double rms, long seed) {
        Random random = new Random(seed);
        double[] x = new double[(int) Math.round(seconds * SR)];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        return scaledTo(x, rms);
    }

    /** White noise through a one-pole low-pass (−3 dB near 500 Hz): "rumble" with strong short-lag correlation. */
    static float[] lowPassNoise(double seconds, double rms, long seed) {
        Random random = new Random(seed);
        double[] x = new double[(int) Math.round(seconds * SR)];
        double a = Math.exp(-2 * Math.PI * 500.0 / SR);
        double y = 0;
        for (int i = 0; i < x.length; i++) {
            y = a * y + (1 - a) * random.nextGaussian();
            x[i] = y;
        }
        return scaledTo(x, rms);
    }

    /** signal + white noise at the given signal-to-noise ratio (power ratio in dB). */
    static float[] withNoise(float[] signal, double snrDb, long seed) {
        double noiseRms = rms(signal) / Math.pow(10, snrDb / 20);
        float[] noise = whiteNoise(Pcm16k.seconds(signal.length), noiseRms, seed);
        float[] out = new float[signal.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = signal[i] + noise[i];
        }
        return out;
    }

    /**
     * A source-filter voice: glottal pulses at the given (fractional) sample intervals, each exciting the same damped
     * 700 Hz resonance (a first formant, 2 ms decay) with its own amplitude. Pulse i is at Σ_{k<i} periods[k], so the
     * periods between pulses, hence jitter, and the pulse amplitudes, hence shimmer, are known exactly.
     */
    static float[] pulseTrain(double[] periods, double[] amplitudes) {
        double total = 0;
        for (double p : periods) {
            total += p;
        }
        float[] x = new float[(int) Math.ceil(total) + 1];
        double decay = 0.002 * SR;
        int ring = (int) Math.ceil(8 * decay);
        double at = 0;
        for (int i = 0; i < periods.length; i++) {
            for (int j = (int) Math.ceil(at); j < Math.min(x.length, at + ring); j++) {
                double t = j - at;
                x[j] += (float) (amplitudes[i] * Math.exp(-t / decay) * Math.sin(2 * Math.PI * 700 * t / SR));
            }
            at += periods[i];
        }
        return x;
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static float[] silence(double seconds) {
        return new float[(int) Math.round(seconds * SR)];
    }

    static float[] times(float[] x, double gain) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) (x[i] * gain);
        }
        return out;
    }

    static double rms(float[] x) {
        double s = 0;
        for (float v : x) {
            s += v * v;
        }
        return Math.sqrt(s / x.length);
    }

    private static float[] scaledTo(double[] x, double rms) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        double gain = rms / Math.sqrt(s / x.length);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) (x[i] * gain);
        }
        return out;
    }
}
