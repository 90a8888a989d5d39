package org.emodisparity.speech.analysis;

import org.emodisparity.model.TimeWindow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A signal's frame-level analysis (pitch, energy, syllable nuclei, glottal cycles, harmonicity), computed once over
 * its speech regions, from which the {@link VocalCues} of any number of intervals (time units, phrases, overlapping
 * or not) are read off cheaply.
 */
public final class AnalysedSignal {
    private final VocalCueSettings params;
    private final List<SpeechRegion> regions;
    private final boolean[] speech;
    private final PitchTrack pitch;
    private final double[] power;
    private final int[] nuclei;
    private final VoiceCycles cycles;
    private final double[] hnr;
    private final SpectralTracks spectrum;

    private AnalysedSignal(VocalCueSettings params, List<SpeechRegion> regions, boolean[] speech, PitchTrack pitch,
            double[] power, int[] nuclei, VoiceCycles cycles, double[] hnr, SpectralTracks spectrum) {
        this.params = params;
        this.regions = regions;
        this.speech = speech;
        this.pitch = pitch;
        this.power = power;
        this.nuclei = nuclei;
        this.cycles = cycles;
        this.hnr = hnr;
        this.spectrum = spectrum;
    }

    /** @param regions the speech in {@code pcm}, in time order, not overlapping */
    public static AnalysedSignal analyse(float[] pcm, List<SpeechRegion> regions, VocalCueSettings params) {
        boolean[] speech = speechMask(regions, FrameGrid.frameCount(pcm.length));
        PitchTrack pitch = new PitchTracker(params.pitch()).track(pcm, speech);
        int[] nuclei = SyllableNuclei.find(EnergyTracks.intensityDb(pcm), speech, pitch, params.nucleusSilenceDb(),
                params.nucleusMinDipDb());
        return new AnalysedSignal(params, List.copyOf(regions), speech, pitch, EnergyTracks.framePower(pcm), nuclei,
                VoiceCycles.find(pcm, pitch), new Harmonicity().hnrDb(pcm, pitch), SpectralTracks.of(pcm, speech));
    }

    public List<SpeechRegion> regions() {
        return regions;
    }

    public PitchTrack pitch() {
        return pitch;
    }

    public VocalCues cuesFor(TimeWindow interval) {
        List<SpeechRegion> inside = clippedRegions(interval);
        double speechSeconds = inside.stream().mapToDouble(SpeechRegion::duration).sum();
        int[] frames = FrameGrid.framesIn(interval.start(), interval.end(), speech.length);
        int speechFrames = 0;
        for (int i = frames[0]; i < frames[1]; i++) {
            speechFrames += speech[i] ? 1 : 0;
        }
        if (inside.isEmpty()) {
            return VocalCues.absent(interval, SpeechPresence.NO_SPEECH, 0);
        }
        if (speechSeconds < params.minSpeechSeconds() || speechFrames == 0) {
            return VocalCues.absent(interval, SpeechPresence.TOO_LITTLE_SPEECH, speechSeconds);
        }
        double[] f0 = new double[speechFrames];
        double[] hnrValues = new double[speechFrames];
        int voiced = 0;
        int harmonic = 0;
        double energy = 0;
        for (int i = frames[0]; i < frames[1]; i++) {
            if (speech[i]) {
                energy += power[i];
                if (pitch.voiced(i)) {
                    f0[voiced++] = pitch.f0Hz()[i];
                    if (!Double.isNaN(hnr[i])) {
                        hnrValues[harmonic++] = hnr[i];
                    }
                }
            }
        }
        F0Stats f0Stats = voiced >= params.minVoicedFrames() ? F0Stats.of(Arrays.copyOf(f0, voiced)) : null;
        Double rate = voiced > 0 ? nucleiIn(frames) / speechSeconds : null;
        Pauses pauses = Pauses.of(inside, params.minPauseSeconds());
        VoiceCycles.Perturbation perturbation = cycles.perturbation(interval.start() * Pcm16k.SAMPLE_RATE,
                interval.end() * Pcm16k.SAMPLE_RATE, params.minCyclePairs());
        return new VocalCues(interval, SpeechPresence.SPEECH, speechSeconds,
                voiced / (double) speechFrames,
                f0Stats == null ? null : f0Stats.median,
                f0Stats == null ? null : f0Stats.p5,
                f0Stats == null ? null : f0Stats.p95,
                f0Stats == null ? null : 12 * Math.log(f0Stats.p95 / f0Stats.p5) / Math.log(2),
                EnergyTracks.decibels(energy / speechFrames),
                rate,
                pauses.ratio,
                pauses.count,
                perturbation == null ? null : perturbation.jitter(),
                perturbation == null ? null : perturbation.shimmer(),
                harmonic >= params.minVoicedFrames() ? mean(hnrValues, harmonic) : null,
                meanOver(spectrum.alphaRatioDb, frames, true),
                meanOver(spectrum.hammarbergDb, frames, true),
                meanOver(spectrum.slope0to500, frames, true),
                meanOver(spectrum.slope500to1500, frames, true),
                meanOver(spectrum.centroidHz, frames, false),
                meanOver(spectrum.flux, frames, false));
    }

    /**
     * Mean of a spectral track over the interval's speech frames (only the voiced ones for spectral balance, as in
     * eGeMAPS), null with fewer than the minimum voiced frames.
     */
    private Double meanOver(double[] track, int[] frames, boolean voicedOnly) {
        double sum = 0;
        int n = 0;
        for (int i = frames[0]; i < frames[1]; i++) {
            if (speech[i] && !Double.isNaN(track[i]) && (!voicedOnly || pitch.voiced(i))) {
                sum += track[i];
                n++;
            }
        }
        return n >= params.minVoicedFrames() ? sum / n : null;
    }

    private List<SpeechRegion> clippedRegions(TimeWindow interval) {
        List<SpeechRegion> inside = new ArrayList<>();
        for (SpeechRegion r : regions) {
            double start = Math.max(r.start(), interval.start());
            double end = Math.min(r.end(), interval.end());
            if (end > start) {
                inside.add(new SpeechRegion(start, end));
            }
        }
        return inside;
    }

    private int nucleiIn(int[] frames) {
        int count = 0;
        for (int k = lowerBound(nuclei, frames[0]); k < nuclei.length && nuclei[k] < frames[1]; k++) {
            count++;
        }
        return count;
    }

    static boolean[] speechMask(List<SpeechRegion> regions, int frames) {
        boolean[] mask = new boolean[frames];
        for (SpeechRegion r : regions) {
            int[] range = FrameGrid.framesIn(r.start(), r.end(), frames);
            Arrays.fill(mask, range[0], range[1], true);
        }
        return mask;
    }

    /** Index of the first element ≥ key in a strictly increasing array. */
    private static int lowerBound(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        return i < 0 ? -i - 1 : i;
    }

    private static double mean(double[] values, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        return sum / n;
    }

    private record F0Stats(double median, double p5, double p95) {
        static F0Stats of(double[] f0) {
            Arrays.sort(f0);
            return new F0Stats(Percentiles.ofSorted(f0, 50), Percentiles.ofSorted(f0, 5), Percentiles.ofSorted(f0, 95));
        }
    }

    private record Pauses(double ratio, int count) {
        static Pauses of(List<SpeechRegion> inside, double minPause) {
            double span = inside.get(inside.size() - 1).end() - inside.get(0).start();
            double paused = 0;
            int count = 0;
            for (int k = 1; k < inside.size(); k++) {
                double gap = inside.get(k).start() - inside.get(k - 1).end();
                if (gap >= minPause) {
                    paused += gap;
                    count++;
                }
            }
            return new Pauses(paused / span, count);
        }
    }
}
