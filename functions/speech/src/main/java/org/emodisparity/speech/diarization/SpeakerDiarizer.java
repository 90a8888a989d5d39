package org.emodisparity.speech.diarization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.emodisparity.speech.analysis.SpeechRegion;

/**
 * Speaker diarisation of one mixed track with no trained model: who spoke when, from the voices' spectral shape
 * alone. The classic pipeline of the BIC-clustering systems (Chen &amp; Gopalakrishnan 1998; Tranter &amp;
 * Reynolds 2006, IEEE TASLP 14(5)):
 * <ol>
 *   <li>MFCC c1–c19 of the speech frames (25 ms / 10 ms), mean- and variance-normalised over the recording
 *       ({@link Mfcc});</li>
 *   <li>speech cut into pieces of {@code segmentSeconds} (a piece rarely holds two speakers in a dialogue);</li>
 *   <li>agglomerative clustering of the pieces with full-covariance Gaussians: the pair with the lowest ΔBIC merges
 *       first; with a given number of speakers merging stops there, otherwise when every remaining pair is better
 *       explained by two Gaussians (ΔBIC &gt; 0) and at most {@code maxSpeakers} remain; a cluster too small to be a
 *       person (a laugh, a cough) joins its nearest neighbour;</li>
 *   <li>re-segmentation: each frame goes to the speaker whose Gaussian explains the frames around it best
 *       (likelihoods averaged over ±{@code smoothingSeconds}), twice, re-estimating the Gaussians in between; a
 *       change shorter than {@code minTurnSeconds} joins its neighbour;</li>
 *   <li>with the number of speakers found automatically, two voices whose frames are barely better explained
 *       apart than together ({@code minSeparation}) are one speaker: one person's voice varies (emotion, distance
 *       to the microphone) and a forced split of it would lose the client;</li>
 *   <li>turns: runs of one speaker inside each detected speech region.</li>
 * </ol>
 * Not handled: overlapped speech (each instant goes to one speaker), which the result's notes say. Thread-safe.
 */
public final class SpeakerDiarizer {
    static final String OVERLAP_NOTE = "overlapping speech is given to one speaker (the diarisation finds one "
            + "speaker at a time)";
    /** Under this much speech (seconds) there is too little to tell voices apart. */
    static final double MIN_SPEECH_SECONDS = 3.0;

    /**
     * Pieces clustered together at most (about 10 minutes of speech at 1.5 s a piece); a longer recording is
     * clustered block by block first, so its cost grows linearly, not with the cube of its length.
     */
    static final int BLOCK_PIECES = 400;
    /** The most clusters a block keeps for the clustering across blocks. */
    static final int BLOCK_CLUSTERS = 8;

    private final DiarizationSettings settings;

    public SpeakerDiarizer(DiarizationSettings settings) {
        this.settings = settings;
    }

    public Diarization diarize(float[] pcm, List<SpeechRegion> speech, OptionalInt speakers) {
        List<String> notes = new ArrayList<>();
        if (speech.isEmpty()) {
            return new Diarization(0, List.of(), List.of());
        }
        Mfcc.Frames frames = new Mfcc().compute(pcm, speech);
        double seconds = speech.stream().mapToDouble(SpeechRegion::duration).sum();
        if (frames.size() * Mfcc.FRAME_SECONDS < MIN_SPEECH_SECONDS
                && (speakers.isEmpty() || speakers.getAsInt() == 1)) {
            notes.add(String.format(java.util.Locale.ROOT,
                    "%.1f s of speech is too little to tell voices apart: taken as one speaker", seconds));
            return single(speech, notes);
        }
        if (speakers.isPresent() && speakers.getAsInt() == 1) {
            return single(speech, notes);
        }
        notes.add(OVERLAP_NOTE);
        int[] run = runs(frames);
        List<int[]> pieces = pieces(frames, run);
        List<Cluster> clusters = new ArrayList<>();
        for (int[] p : pieces) {
            clusters.add(new Cluster(Gaussian.of(frames.features(), p[0], p[1])));
        }
        cluster(clusters, speakers, frames.size());
        int[] labels = resegment(frames, run, clusters);
        if (speakers.isEmpty() && clusters.size() == 2 && separation(frames, labels) < settings.minSeparation()) {
            // two voices no more different than one voice's own variation: one speaker
            return single(speech, notes);
        }
        return turns(frames, speech, labels, notes);
    }

    private Diarization single(List<SpeechRegion> speech, List<String> notes) {
        return new Diarization(1, speech.stream().map(r -> new SpeakerTurn(0, r.start(), r.end())).toList(), notes);
    }

    /**
     * How much better two Gaussians explain the frames than one, per frame (ΔBIC / frames, λ = 1): about 0.2–0.4
     * for one natural voice split in two, above 0.45 for the two-person recordings measured (see
     * {@link DiarizationSettings#minSeparation()}).
     */
    static double separation(Mfcc.Frames frames, int[] labels) {
        int dim = frames.features()[0].length;
        Gaussian a = new Gaussian(dim);
        Gaussian b = new Gaussian(dim);
        for (int i = 0; i < labels.length; i++) {
            (labels[i] == 0 ? a : b).add(frames.features()[i]);
        }
        if (a.n <= 2L * dim || b.n <= 2L * dim) {
            return 0;
        }
        return Gaussian.deltaBic(a, b, 1.0) / (a.n + b.n);
    }

    /** A run id per frame: frames are in one run while they follow each other without a gap. */
    private static int[] runs(Mfcc.Frames frames) {
        int[] run = new int[frames.size()];
        for (int i = 1; i < run.length; i++) {
            run[i] = run[i - 1] + (frames.index()[i] == frames.index()[i - 1] + 1 ? 0 : 1);
        }
        return run;
    }

    /** [from, to) frame ranges of about {@code segmentSeconds} inside runs; a short tail joins its predecessor. */
    private List<int[]> pieces(Mfcc.Frames frames, int[] run) {
        int length = (int) Math.round(settings.segmentSeconds() / Mfcc.FRAME_SECONDS);
        int minimum = Math.max(20, length / 3);
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < run.length) {
            int end = i;
            while (end < run.length && run[end] == run[i]) {
                end++;
            }
            List<int[]> inRun = new ArrayList<>();
            for (int from = i; from < end; from += length) {
                inRun.add(new int[] {from, Math.min(end, from + length)});
            }
            int[] last = inRun.get(inRun.size() - 1);
            if (inRun.size() > 1 && last[1] - last[0] < minimum) {
                inRun.remove(inRun.size() - 1);
                inRun.get(inRun.size() - 1)[1] = last[1];
            }
            for (int[] p : inRun) {
                if (p[1] - p[0] >= 20) {
                    out.add(p);
                }
            }
            i = end;
        }
        return out;
    }

    private static final class Cluster {
        Gaussian g;

        Cluster(Gaussian g) {
            this.g = g;
        }
    }

    private void cluster(List<Cluster> clusters, OptionalInt speakers, int totalFrames) {
        int target = speakers.orElse(settings.maxSpeakers());
        if (clusters.size() > BLOCK_PIECES) {
            // a long recording: each block of pieces is first clustered on its own until BIC says stop (keeping
            // at most BLOCK_CLUSTERS), then the blocks' clusters together; linear in the recording's length
            List<Cluster> reduced = new ArrayList<>();
            for (int from = 0; from < clusters.size(); from += BLOCK_PIECES) {
                List<Cluster> block = new ArrayList<>(clusters.subList(from,
                        Math.min(clusters.size(), from + BLOCK_PIECES)));
                merge(block, Math.max(target, BLOCK_CLUSTERS), false);
                reduced.addAll(block);
            }
            clusters.clear();
            clusters.addAll(reduced);
        }
        merge(clusters, target, speakers.isPresent());
        if (speakers.isEmpty()) {
            // too small to be a person: joins the nearest cluster
            boolean changed = true;
            while (changed && clusters.size() > 1) {
                changed = false;
                Cluster smallest = clusters.stream().min((x, y) -> Long.compare(x.g.n, y.g.n)).orElseThrow();
                if (smallest.g.n < settings.minSpeakerShare() * totalFrames
                        && smallest.g.n * Mfcc.FRAME_SECONDS < 3.0) {
                    Cluster nearest = null;
                    double best = Double.POSITIVE_INFINITY;
                    for (Cluster c : clusters) {
                        if (c != smallest) {
                            double d = Gaussian.deltaBic(smallest.g, c.g, settings.bicLambda());
                            if (d < best) {
                                best = d;
                                nearest = c;
                            }
                        }
                    }
                    nearest.g = nearest.g.plus(smallest.g);
                    clusters.remove(smallest);
                    changed = true;
                }
            }
        }
    }

    /**
     * Agglomerative merging: the pair with the lowest ΔBIC merges first, until at most {@code target} clusters
     * remain and (unless {@code fixed}) every remaining pair is better explained apart (ΔBIC &gt; 0). The ΔBIC of
     * each pair is computed once and again only for the pairs of a merged cluster: O(n²) Gaussian fits for n pieces
     * instead of O(n³).
     */
    private void merge(List<Cluster> clusters, int target, boolean fixed) {
        int n = clusters.size();
        double[][] bic = new double[n][];
        for (int a = 0; a < n; a++) {
            bic[a] = new double[n];
            for (int b = a + 1; b < n; b++) {
                bic[a][b] = Gaussian.deltaBic(clusters.get(a).g, clusters.get(b).g, settings.bicLambda());
            }
        }
        Cluster[] at = clusters.toArray(new Cluster[0]);
        boolean[] gone = new boolean[n];
        int alive = n;
        while (alive > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < n; a++) {
                if (gone[a]) {
                    continue;
                }
                double[] row = bic[a];
                for (int b = a + 1; b < n; b++) {
                    if (!gone[b] && row[b] < best) {
                        best = row[b];
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (alive <= target && (fixed || best > 0)) {
                break;
            }
            at[bestA].g = at[bestA].g.plus(at[bestB].g);
            gone[bestB] = true;
            alive--;
            for (int c = 0; c < n; c++) {
                if (!gone[c] && c != bestA) {
                    double d = Gaussian.deltaBic(at[Math.min(c, bestA)].g, at[Math.max(c, bestA)].g,
                            settings.bicLambda());
                    bic[Math.min(c, bestA)][Math.max(c, bestA)] = d;
                }
            }
        }
        clusters.clear();
        for (int a = 0; a < n; a++) {
            if (!gone[a]) {
                clusters.add(at[a]);
            }
        }
    }

    /** Each frame to the speaker whose Gaussian best explains the frames around it; twice, re-fitting between. */
    private int[] resegment(Mfcc.Frames frames, int[] run, List<Cluster> clusters) {
        double[][] x = frames.features();
        int k = clusters.size();
        List<Gaussian> models = clusters.stream().map(c -> c.g).toList();
        int[] labels = new int[x.length];
        int half = (int) Math.round(settings.smoothingSeconds() / Mfcc.FRAME_SECONDS);
        for (int iteration = 0; iteration < 2; iteration++) {
            double[][] ll = new double[k][x.length];
            for (int c = 0; c < k; c++) {
                for (int i = 0; i < x.length; i++) {
                    ll[c][i] = models.get(c).logLikelihood(x[i]);
                }
            }
            double[][] smooth = new double[k][];
            for (int c = 0; c < k; c++) {
                smooth[c] = movingAverage(ll[c], run, half);
            }
            for (int i = 0; i < x.length; i++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (smooth[c][i] > smooth[best][i]) {
                        best = c;
                    }
                }
                labels[i] = best;
            }
            joinShortChanges(labels, run, (int) Math.round(settings.minTurnSeconds() / Mfcc.FRAME_SECONDS));
            List<Gaussian> refit = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                Gaussian g = new Gaussian(x[0].length);
                for (int i = 0; i < x.length; i++) {
                    if (labels[i] == c) {
                        g.add(x[i]);
                    }
                }
                refit.add(g.n > x[0].length * 2L ? g : models.get(c));
            }
            models = refit;
        }
        return labels;
    }

    /** Mean over ±half frames, not crossing the edges of a run. */
    private static double[] movingAverage(double[] v, int[] run, int half) {
        double[] prefix = new double[v.length + 1];
        for (int i = 0; i < v.length; i++) {
            prefix[i + 1] = prefix[i] + v[i];
        }
        int[] runStart = new int[v.length];
        int[] runEnd = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            runStart[i] = i > 0 && run[i] == run[i - 1] ? runStart[i - 1] : i;
        }
        for (int i = v.length - 1; i >= 0; i--) {
            runEnd[i] = i < v.length - 1 && run[i] == run[i + 1] ? runEnd[i + 1] : i + 1;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            int from = Math.max(runStart[i], i - half);
            int to = Math.min(runEnd[i], i + half + 1);
            out[i] = (prefix[to] - prefix[from]) / (to - from);
        }
        return out;
    }

    /** Runs of one label shorter than {@code minimum} frames inside a run of speech take the previous label. */
    private static void joinShortChanges(int[] labels, int[] run, int minimum) {
        int i = 0;
        while (i < labels.length) {
            int end = i;
            while (end < labels.length && labels[end] == labels[i] && run[end] == run[i]) {
                end++;
            }
            boolean inside = i > 0 && run[i - 1] == run[i];
            if (inside && end - i < minimum) {
                Arrays.fill(labels, i, end, labels[i - 1]);
            }
            i = end;
        }
    }

    /** Turns inside the speech regions; speakers renumbered by first appearance, empty ones dropped. */
    private static Diarization turns(Mfcc.Frames frames, List<SpeechRegion> speech, int[] labels, List<String> notes) {
        Map<Integer, Integer> order = new LinkedHashMap<>();
        for (int l : labels) {
            order.putIfAbsent(l, order.size());
        }
        List<SpeakerTurn> turns = new ArrayList<>();
        int f = 0;
        for (SpeechRegion region : speech) {
            // the frames whose centre lies in this region, in order
            int from = f;
            while (f < frames.size() && centre(frames, f) < region.end()) {
                f++;
            }
            int to = f;
            while (from < to && centre(frames, from) < region.start()) {
                from++;
            }
            if (from == to) {
                // too short for a frame of its own: the speaker of the nearest frame
                int near = Math.min(Math.max(0, from - 1), frames.size() - 1);
                if (frames.size() > 0) {
                    turns.add(new SpeakerTurn(order.get(labels[near]), region.start(), region.end()));
                }
                continue;
            }
            double start = region.start();
            for (int i = from; i < to; i++) {
                boolean last = i == to - 1;
                if (last || labels[i + 1] != labels[i]) {
                    double end = last ? region.end() : (centre(frames, i) + centre(frames, i + 1)) / 2;
                    if (end > start) {
                        turns.add(new SpeakerTurn(order.get(labels[i]), start, end));
                    }
                    start = end;
                }
            }
        }
        return new Diarization(order.size(), turns, notes);
    }

    private static double centre(Mfcc.Frames frames, int i) {
        return frames.seconds(i) + Mfcc.FRAME / 2.0 / Mfcc.RATE;
    }
}
