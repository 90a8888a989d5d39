package org.emodisparity.speech.analysis;

/** Frame-level energy of a signal on the {@link FrameGrid}. */
final class EnergyTracks {
    /**
     * Gaussian σ of the intensity contour, 14 ms: close to Praat's intensity analysis for a 50 Hz minimum pitch
     * (a 128 ms Kaiser-20 window), which de Jong &amp; Wempe (2009) use to find syllable nuclei. It removes the
     * pitch ripple but keeps the 4–8 Hz syllable modulation.
     */
    static final double INTENSITY_SIGMA_SECONDS = 0.014;

    private EnergyTracks() {
    }

    /** Mean square of the samples each frame owns (exact energy bookkeeping for loudness). */
    static double[] framePower(float[] pcm) {
        int frames = FrameGrid.frameCount(pcm.length);
        double[] power = new double[frames];
        for (int i = 0; i < frames; i++) {
            int from = i * FrameGrid.HOP_SAMPLES;
            int to = Math.min(pcm.length, from + FrameGrid.HOP_SAMPLES);
            double sum = 0;
            for (int j = from; j < to; j++) {
                sum += pcm[j] * pcm[j];
            }
            power[i] = sum / (to - from);
        }
        return power;
    }

    /** Intensity contour in dB re full scale: the squared signal smoothed by a Gaussian, sampled at frame centres. */
    static double[] intensityDb(float[] pcm) {
        double sigma = INTENSITY_SIGMA_SECONDS * Pcm16k.SAMPLE_RATE;
        int half = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * half + 1];
        for (int k = -half; k <= half; k++) {
            kernel[k + half] = Math.exp(-0.5 * (k / sigma) * (k / sigma));
        }
        int frames = FrameGrid.frameCount(pcm.length);
        double[] db = new double[frames];
        for (int i = 0; i < frames; i++) {
            int centre = FrameGrid.centreSample(i);
            double sum = 0;
            double weight = 0;
            for (int k = Math.max(-half, -centre); k <= half && centre + k < pcm.length; k++) {
                double x = pcm[centre + k];
                sum += kernel[k + half] * x * x;
                weight += kernel[k + half];
            }
            db[i] = decibels(weight > 0 ? sum / weight : 0);
        }
        return db;
    }

    /** 10·log10(power), floored at −120 dB so digital silence stays finite. */
    static double decibels(double power) {
        return 10 * Math.log10(Math.max(power, 1e-12));
    }
}
