package org.emodisparity.speech.analysis;

import java.util.Arrays;

/**
 * Glottal pulses in the voiced stretches of a signal, for jitter and shimmer. As in Praat's periodic point process,
 * a pulse is a waveform peak (of the run's dominant polarity), one per period: from the first peak of a voiced run,
 * the next pulse is predicted by cross-correlating one period of signal around the current pulse with the signal
 * 0.8–1.25 periods later (T from the YIN track), then placed on the peak within ±10% of a period of that prediction,
 * with parabolic sub-sample interpolation. Peaks rather than correlation lags mark the cycles because a glottal
 * cycle is not a time-stretched copy of the previous one: the formant ringing after each closure has a fixed shape,
 * so correlating whole cycles would measure centre-to-centre distances and average consecutive periods.
 * A poorly correlated step (&lt; 0.5) or a peak on the edge of its search window breaks the chain, so perturbation
 * is only measured between pulses that really follow each other. Cycles lie in voiced frames, hence in speech.
 * On the project's clips shimmer comes within 20% and jitter at 1.1–1.4× Praat's values (Praat marks pulses
 * differently), so compare jitter within this implementation, not with published Praat norms.
 *
 * @param start position of each cycle's opening pulse, in samples (fractional)
 * @param period samples from that pulse to the next
 * @param amplitude absolute peak amplitude of the opening pulse
 * @param followsPrevious whether cycle {@code i} directly follows cycle {@code i − 1} (its opening pulse is the
 *        previous cycle's closing pulse)
 */
record VoiceCycles(double[] start, double[] period, double[] amplitude, boolean[] followsPrevious) {
    private static final double MIN_CORRELATION = 0.5;
    private static final double PEAK_SEARCH = 0.1;

    /** Praat's plausibility limits for consecutive periods and amplitudes. */
    private static final double MAX_PERIOD_RATIO = 1.3;
    private static final double MAX_AMPLITUDE_RATIO = 1.6;

    /**
     * @param jitter local jitter: mean |T_i − T_{i−1}| over consecutive pairs / mean T
     * @param shimmer local shimmer: mean |A_i − A_{i−1}| over consecutive pairs / mean A
     */
    record Perturbation(double jitter, double shimmer) {
    }

    int count() {
        return start.length;
    }

    /**
     * Jitter and shimmer of the cycles starting in [fromSample, toSample), over pairs of consecutive cycles both in
     * that range and within Praat's limits (period ratio ≤ 1.3, amplitude ratio ≤ 1.6); null with fewer than
     * {@code minPairs} pairs.
     */
    Perturbation perturbation(double fromSample, double toSample, int minPairs) {
        double periodDiffs = 0;
        double amplitudeDiffs = 0;
        double periods = 0;
        double amplitudes = 0;
        int periodPairs = 0;
        int amplitudePairs = 0;
        int cycles = 0;
        int first = Arrays.binarySearch(start, fromSample);
        first = first < 0 ? -first - 1 : first;
        for (int i = first; i < count() && start[i] < toSample; i++) {
            cycles++;
            periods += period[i];
            amplitudes += amplitude[i];
            if (i == first || !followsPrevious[i]) {
                continue;
            }
            if (ratio(period[i - 1], period[i]) <= MAX_PERIOD_RATIO) {
                periodDiffs += Math.abs(period[i] - period[i - 1]);
                periodPairs++;
            }
            if (ratio(amplitude[i - 1], amplitude[i]) <= MAX_AMPLITUDE_RATIO) {
                amplitudeDiffs += Math.abs(amplitude[i] - amplitude[i - 1]);
                amplitudePairs++;
            }
        }
        if (periodPairs < minPairs || amplitudePairs < minPairs) {
            return null;
        }
        return new Perturbation((periodDiffs / periodPairs) / (periods / cycles),
                (amplitudeDiffs / amplitudePairs) / (amplitudes / cycles));
    }

    private static double ratio(double a, double b) {
        return a > 0 && b > 0 ? Math.max(a, b) / Math.min(a, b) : Double.POSITIVE_INFINITY;
    }

    static VoiceCycles find(float[] pcm, PitchTrack pitch) {
        Builder cycles = new Builder();
        int frame = 0;
        while (frame < pitch.frames()) {
            if (!pitch.voiced(frame)) {
                frame++;
                continue;
            }
            int last = frame;
            while (last + 1 < pitch.frames() && pitch.voiced(last + 1)) {
                last++;
            }
            new RunFollower(pcm, pitch, frame, last).follow(cycles);
            frame = last + 1;
        }
        return cycles.build();
    }

    /** Walks the pulses of one voiced run. */
    private static final class RunFollower {
        private final float[] x;
        private final PitchTrack pitch;
        private final int firstFrame;
        private final int lastFrame;
        private final int runStart;
        private final int runEnd;
        private final int polarity;

        RunFollower(float[] x, PitchTrack pitch, int firstFrame, int lastFrame) {
            this.x = x;
            this.pitch = pitch;
            this.firstFrame = firstFrame;
            this.lastFrame = lastFrame;
            this.runStart = firstFrame * FrameGrid.HOP_SAMPLES;
            this.runEnd = Math.min(x.length, (lastFrame + 1) * FrameGrid.HOP_SAMPLES);
            float max = 0;
            float min = 0;
            for (int j = runStart; j < runEnd; j++) {
                max = Math.max(max, x[j]);
                min = Math.min(min, x[j]);
            }
            this.polarity = max >= -min ? 1 : -1;
        }

        void follow(Builder cycles) {
            double period = periodAt(runStart);
            Peak pulse = peak(runStart, (int) Math.round(runStart + period));
            boolean chained = false;
            while (pulse != null) {
                period = periodAt(pulse.position);
                int n = (int) Math.round(period);
                int centre = (int) Math.round(pulse.position);
                int from = Math.max(0, centre - n / 2);
                int minLag = (int) Math.floor(0.8 * period);
                int maxLag = (int) Math.ceil(1.25 * period);
                // The correlation windows may reach a little outside the run (its edges are only frame-accurate);
                // the pulses themselves stay inside it.
                if (from + maxLag + 1 + n > x.length || pulse.position + 0.8 * period >= runEnd) {
                    return;
                }
                double[] c = new double[maxLag - minLag + 3]; // lags minLag−1 … maxLag+1
                int best = minLag;
                for (int lag = minLag - 1; lag <= maxLag + 1; lag++) {
                    c[lag - minLag + 1] = correlation(from, from + lag, n);
                    if (lag >= minLag && lag <= maxLag && c[lag - minLag + 1] > c[best - minLag + 1]) {
                        best = lag;
                    }
                }
                int b = best - minLag + 1;
                // The parabola helper finds minima, so it gets the negated correlations.
                double predicted = pulse.position + best + PitchTracker.parabolicOffset(-c[b - 1], -c[b], -c[b + 1]);
                int reach = (int) Math.ceil(PEAK_SEARCH * period);
                Peak next = peak((int) Math.round(predicted) - reach, (int) Math.round(predicted) + reach + 1);
                if (next == null) {
                    return;
                }
                boolean good = c[b] >= MIN_CORRELATION && next.interior;
                if (good) {
                    cycles.add(pulse.position, next.position - pulse.position, pulse.amplitude, chained);
                }
                chained = good;
                pulse = next;
            }
        }

        private double periodAt(double sample) {
            int frame = Math.max(firstFrame, Math.min(lastFrame, (int) (sample / FrameGrid.HOP_SAMPLES)));
            return Pcm16k.SAMPLE_RATE / pitch.f0Hz()[frame];
        }

        /** The largest sample of the run's polarity in [from, to), sub-sample refined; null outside the run. */
        private Peak peak(int from, int to) {
            from = Math.max(from, runStart);
            to = Math.min(to, runEnd);
            if (to - from < 3) {
                return null;
            }
            int best = from;
            for (int j = from + 1; j < to; j++) {
                if (polarity * x[j] > polarity * x[best]) {
                    best = j;
                }
            }
            boolean interior = best > from && best < to - 1;
            if (!interior) {
                return new Peak(best, polarity * x[best], false);
            }
            double left = polarity * x[best - 1];
            double centre = polarity * x[best];
            double right = polarity * x[best + 1];
            double offset = PitchTracker.parabolicOffset(-left, -centre, -right);
            return new Peak(best + offset, centre - 0.25 * (left - right) * offset, true);
        }

        private double correlation(int a, int b, int n) {
            double ab = 0;
            double aa = 0;
            double bb = 0;
            for (int j = 0; j < n; j++) {
                ab += x[a + j] * x[b + j];
                aa += x[a + j] * x[a + j];
                bb += x[b + j] * x[b + j];
            }
            return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
        }
    }

    private record Peak(double position, double amplitude, boolean interior) {
    }

    private static final class Builder {
        private double[] start = new double[256];
        private double[] period = new double[256];
        private double[] amplitude = new double[256];
        private boolean[] follows = new boolean[256];
        private int n;

        void add(double s, double p, double a, boolean f) {
            if (n == start.length) {
                start = Arrays.copyOf(start, 2 * n);
                period = Arrays.copyOf(period, 2 * n);
                amplitude = Arrays.copyOf(amplitude, 2 * n);
                follows = Arrays.copyOf(follows, 2 * n);
            }
            start[n] = s;
            period[n] = p;
            amplitude[n] = a;
            follows[n] = f;
            n++;
        }

        VoiceCycles build() {
            return new VoiceCycles(Arrays.copyOf(start, n), Arrays.copyOf(period, n), Arrays.copyOf(amplitude, n),
                    Arrays.copyOf(follows, n));
        }
    }
}
