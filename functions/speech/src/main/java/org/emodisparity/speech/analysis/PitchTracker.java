package org.emodisparity.speech.analysis;

import java.util.Arrays;

/**
 * YIN fundamental-frequency estimator (de Cheveigné &amp; Kawahara 2002, J. Acoust. Soc. Am. 111(4)): per 10 ms frame,
 * the difference function d(τ) over an integration window, its cumulative-mean-normalised form d'(τ), the first
 * dip of d' under an absolute threshold (raised slightly above the global minimum, see {@link #periodDip}), and
 * parabolic interpolation of d' around it.
 * Step 5 (best local estimate) is left out; instead a frame is voiced only if d' at the period is low enough, frames
 * that jump away from their neighbours (octave errors) are unvoiced, and very short voiced runs are dropped. On the
 * project's speech clips the median F0 comes within 4% of Praat's (cc method, default settings).
 */
public final class PitchTracker {
    /** Neighbourhood of the outlier check: ±3 frames. */
    private static final int OUTLIER_HALF_WINDOW = 3;

    private final PitchTrackerSettings params;
    private final int tauMin;
    private final int tauMax;
    private final int window;
    private final double silencePower;

    public PitchTracker(PitchTrackerSettings params) {
        this.params = params;
        this.tauMin = Math.max(2, (int) Math.floor(Pcm16k.SAMPLE_RATE / params.maxF0Hz()));
        this.tauMax = (int) Math.ceil(Pcm16k.SAMPLE_RATE / params.minF0Hz()) + 1;
        this.window = (int) Math.round(params.integrationWindowSeconds() * Pcm16k.SAMPLE_RATE);
        this.silencePower = Math.pow(10, params.silenceDbfs() / 10);
    }

    public PitchTracker() {
        this(PitchTrackerSettings.defaults());
    }

    /** Tracks every frame. */
    public PitchTrack track(float[] pcm) {
        boolean[] all = new boolean[FrameGrid.frameCount(pcm.length)];
        Arrays.fill(all, true);
        return track(pcm, all);
    }

    /** Tracks only the frames where {@code analyse} is true (e.g. speech); the others are unvoiced. */
    public PitchTrack track(float[] pcm, boolean[] analyse) {
        int frames = FrameGrid.frameCount(pcm.length);
        double[] f0 = new double[frames];
        double[] aperiodicity = new double[frames];
        Arrays.fill(f0, Double.NaN);
        Arrays.fill(aperiodicity, Double.NaN);
        float[] segment = new float[window + tauMax];
        double[] d = new double[tauMax + 1];
        for (int i = 0; i < frames; i++) {
            if (i < analyse.length && analyse[i]) {
                copyCentred(pcm, FrameGrid.centreSample(i), segment);
                estimate(segment, d, f0, aperiodicity, i);
            }
        }
        dropOutliers(f0, params.maxJumpRatio());
        dropShortRuns(f0, params.minVoicedFrames());
        return new PitchTrack(f0, aperiodicity);
    }

    private void estimate(float[] x, double[] d, double[] f0, double[] aperiodicity, int frame) {
        double power = 0;
        for (int j = 0; j < window; j++) {
            power += x[j] * x[j];
        }
        if (power / window < silencePower) {
            return;
        }
        differenceFunction(x, d);
        // Cumulative mean normalised difference, in place: d'(τ) = d(τ) / ((1/τ) Σ_{k≤τ} d(k)).
        double running = 0;
        d[0] = 1;
        for (int tau = 1; tau <= tauMax; tau++) {
            running += d[tau];
            d[tau] = running > 0 ? d[tau] * tau / running : 1;
        }
        int tau = periodDip(d);
        if (tau <= tauMin || tau >= tauMax) {
            return; // the best candidate lies on the edge of the F0 range: not a period in range
        }
        aperiodicity[frame] = d[tau];
        if (d[tau] >= params.voicingThreshold()) {
            return;
        }
        double period = tau + parabolicOffset(d[tau - 1], d[tau], d[tau + 1]);
        double hz = Pcm16k.SAMPLE_RATE / period;
        if (hz >= params.minF0Hz() && hz <= params.maxF0Hz()) {
            f0[frame] = hz;
        }
    }

    /** d(τ) = Σ_{j&lt;W} (x_j − x_{j+τ})², four accumulators so the JIT can overlap the additions. */
    private void differenceFunction(float[] x, double[] d) {
        int w4 = window & ~3;
        for (int tau = 1; tau <= tauMax; tau++) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int j = 0;
            for (; j < w4; j += 4) {
                float a = x[j] - x[j + tau];
                float b = x[j + 1] - x[j + 1 + tau];
                float c = x[j + 2] - x[j + 2 + tau];
                float e = x[j + 3] - x[j + 3 + tau];
                s0 += a * a;
                s1 += b * b;
                s2 += c * c;
                s3 += e * e;
            }
            for (; j < window; j++) {
                float a = x[j] - x[j + tau];
                s0 += a * a;
            }
            d[tau] = s0 + s1 + s2 + s3;
        }
    }

    /**
     * YIN step 4: the first τ whose d' dips below the threshold, followed down to its local minimum. The threshold is
     * the absolute one, raised to the global minimum + the dip margin: in noise the true period's dip can just miss
     * the absolute threshold while a multiple of it reaches it, and YIN alone then halves the F0.
     */
    private int periodDip(double[] dn) {
        double min = Double.MAX_VALUE;
        for (int tau = tauMin; tau < tauMax; tau++) {
            min = Math.min(min, dn[tau]);
        }
        double threshold = Math.max(params.absoluteThreshold(), min + params.dipMargin());
        for (int tau = tauMin; tau < tauMax; tau++) {
            if (dn[tau] < threshold) {
                while (tau + 1 < tauMax && dn[tau + 1] < dn[tau]) {
                    tau++;
                }
                return tau;
            }
        }
        return tauMin; // unreachable: the global minimum is below the threshold
    }

    /** Offset of the vertex of the parabola through three equally spaced points, in [-0.5, 0.5]. */
    static double parabolicOffset(double left, double centre, double right) {
        double curvature = left - 2 * centre + right;
        if (curvature <= 0) {
            return 0;
        }
        return Math.max(-0.5, Math.min(0.5, 0.5 * (left - right) / curvature));
    }

    /** Fills {@code out} with the signal around {@code centre} (window + τmax samples), zeros beyond the edges. */
    private static void copyCentred(float[] pcm, int centre, float[] out) {
        int start = centre - out.length / 2;
        int from = Math.max(0, start);
        int to = Math.min(pcm.length, start + out.length);
        Arrays.fill(out, 0f);
        if (to > from) {
            System.arraycopy(pcm, from, out, from - start, to - from);
        }
    }

    /**
     * Unvoices frames whose F0 is more than {@code maxRatio} away from the median of the voiced frames around them:
     * real F0 does not jump by a fifth or an octave within 30 ms, so these are YIN's octave (and fifth) errors.
     * Dropping rather than correcting keeps the statistics honest.
     */
    private static void dropOutliers(double[] f0, double maxRatio) {
        double[] original = f0.clone();
        double[] neighbours = new double[2 * OUTLIER_HALF_WINDOW + 1];
        for (int i = 0; i < f0.length; i++) {
            if (Double.isNaN(original[i])) {
                continue;
            }
            int n = 0;
            for (int k = Math.max(0, i - OUTLIER_HALF_WINDOW); k <= Math.min(f0.length - 1, i + OUTLIER_HALF_WINDOW); k++) {
                if (!Double.isNaN(original[k])) {
                    neighbours[n++] = original[k];
                }
            }
            double median = Percentiles.of(Arrays.copyOf(neighbours, n), 50);
            if (Math.max(original[i], median) / Math.min(original[i], median) > maxRatio) {
                f0[i] = Double.NaN;
            }
        }
    }

    private static void dropShortRuns(double[] f0, int minFrames) {
        int i = 0;
        while (i < f0.length) {
            if (Double.isNaN(f0[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end < f0.length && !Double.isNaN(f0[end])) {
                end++;
            }
            if (end - i < minFrames) {
                Arrays.fill(f0, i, end, Double.NaN);
            }
            i = end;
        }
    }
}
