package org.emodisparity.speech.diarization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference speaker turns (RTTM), scored regions (UEM) and the scores of a diarisation against them, on a 10 ms
 * grid: the diarisation error rate (missed + false alarm + confusion over reference speech, NIST md-eval's
 * definition) with a forgiveness collar around every reference boundary, and the speaker-attributed accuracy (the
 * share of reference single-speaker speech given to the right speaker), both under the best one-to-one mapping of
 * found speakers to reference speakers.
 */
final class DiarizationScore {
    static final double STEP = 0.01;

    record RefTurn(String speaker, double start, double end) {
        RefTurn shifted(double seconds) {
            return new RefTurn(speaker, start + seconds, end + seconds);
        }
    }

    /**
     * {@code accuracy}: share of reference single-speaker speech given to the right speaker (missed speech counts as
     * wrong); {@code attribution}: the same share over the single-speaker speech the system did detect (the quality
     * of "who", apart from the voice-activity detector's "when").
     */
    record Scores(double der, double missed, double falseAlarm, double confusion, double accuracy, double attribution,
                  int refSpeakers, int foundSpeakers) {
    }

    static Map<String, List<RefTurn>> readRttm(Path rttm) throws IOException {
        Map<String, List<RefTurn>> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(rttm)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 8 && f[0].equals("SPEAKER")) {
                double start = Double.parseDouble(f[3]);
                byFile.computeIfAbsent(f[1], k -> new ArrayList<>())
                        .add(new RefTurn(f[7], start, start + Double.parseDouble(f[4])));
            }
        }
        return byFile;
    }

    /** File → [start, end] of the scored region. */
    static Map<String, double[]> readUem(Path uem) throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(uem)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4) {
                out.put(f[0], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        }
        return out;
    }

    static Scores score(List<RefTurn> reference, List<SpeakerTurn> turns, double from, double to, double collar) {
        List<String> refNames = reference.stream().map(RefTurn::speaker).distinct().toList();
        int found = turns.stream().mapToInt(SpeakerTurn::speaker).max().orElse(-1) + 1;
        int cells = (int) Math.round((to - from) / STEP);
        boolean[][] ref = new boolean[refNames.size()][cells];
        boolean[][] hyp = new boolean[Math.max(found, 0)][cells];
        boolean[] excluded = new boolean[cells];
        for (RefTurn t : reference) {
            int s = refNames.indexOf(t.speaker());
            fill(ref[s], t.start(), t.end(), from, true);
            fill(excluded, t.start() - collar, t.start() + collar, from, true);
            fill(excluded, t.end() - collar, t.end() + collar, from, true);
        }
        for (SpeakerTurn t : turns) {
            fill(hyp[t.speaker()], t.start(), t.end(), from, true);
        }
        // overlap matrix (scored cells), then the best one-to-one mapping by trying every assignment
        double[][] overlap = new double[refNames.size()][found];
        for (int c = 0; c < cells; c++) {
            if (excluded[c]) {
                continue;
            }
            for (int r = 0; r < refNames.size(); r++) {
                for (int h = 0; h < found; h++) {
                    if (ref[r][c] && hyp[h][c]) {
                        overlap[r][h]++;
                    }
                }
            }
        }
        int[] mapping = bestMapping(overlap, refNames.size(), found);
        double total = 0;
        double missed = 0;
        double falseAlarm = 0;
        double confusion = 0;
        double single = 0;
        double detected = 0;
        double right = 0;
        for (int c = 0; c < cells; c++) {
            if (excluded[c]) {
                continue;
            }
            int nRef = 0;
            int nHyp = 0;
            int matched = 0;
            for (int r = 0; r < refNames.size(); r++) {
                if (ref[r][c]) {
                    nRef++;
                    if (mapping[r] >= 0 && hyp[mapping[r]][c]) {
                        matched++;
                    }
                }
            }
            for (int h = 0; h < found; h++) {
                nHyp += hyp[h][c] ? 1 : 0;
            }
            total += nRef;
            missed += Math.max(0, nRef - nHyp);
            falseAlarm += Math.max(0, nHyp - nRef);
            confusion += Math.min(nRef, nHyp) - matched;
            if (nRef == 1) {
                single++;
                detected += nHyp > 0 ? 1 : 0;
                right += matched;
            }
        }
        return new Scores((missed + falseAlarm + confusion) / total, missed / total, falseAlarm / total,
                confusion / total, single == 0 ? 0 : right / single, detected == 0 ? 0 : right / detected,
                refNames.size(), found);
    }

    private static void fill(boolean[] cells, double start, double end, double from, boolean value) {
        int a = Math.max(0, (int) Math.round((start - from) / STEP));
        int b = Math.min(cells.length, (int) Math.round((end - from) / STEP));
        for (int i = a; i < b; i++) {
            cells[i] = value;
        }
    }

    /** mapping[ref] = found speaker (or −1), maximising the total overlap; exhaustive (few speakers). */
    private static int[] bestMapping(double[][] overlap, int refs, int found) {
        int[] best = new int[refs];
        java.util.Arrays.fill(best, -1);
        double[] bestValue = {-1};
        assign(overlap, 0, new int[refs], new boolean[found], 0, best, bestValue);
        return best;
    }

    private static void assign(double[][] overlap, int r, int[] current, boolean[] used, double value, int[] best,
                               double[] bestValue) {
        if (r == current.length) {
            if (value > bestValue[0]) {
                bestValue[0] = value;
                System.arraycopy(current, 0, best, 0, current.length);
            }
            return;
        }
        current[r] = -1;
        assign(overlap, r + 1, current, used, value, best, bestValue);
        for (int h = 0; h < used.length; h++) {
            if (!used[h]) {
                used[h] = true;
                current[r] = h;
                assign(overlap, r + 1, current, used, value + overlap[r][h], best, bestValue);
                used[h] = false;
            }
        }
    }
}
