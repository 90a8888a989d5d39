package org.emodisparity.face.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How much the mouth region of one face moves from one sampled frame to the next: the evidence that tells which
 * voice belongs to the face on screen when nothing else does (a speaker's mouth moves while their voice is heard;
 * Hoover et al. 2017, "Putting a face to the voice"). The mouth region is the lower middle of the face box; each
 * crop is scaled to a small grey patch and standardised (mean 0, sd 1), so lighting changes do not count as
 * motion; the motion between two samples is the mean absolute difference of their patches.
 */
public final class MouthMotion {
    static final int PATCH_W = 24;
    static final int PATCH_H = 12;
    /** Samples further apart than this are not differenced (a gap in the track). */
    static final double MAX_GAP_SECONDS = 0.6;

    /** The motion series of one face track: {@code times[i]} is the later sample of the pair. */
    public record Series(int trackId, double[] times, double[] values) {
    }

    private MouthMotion() {
    }

    /** The standardised grey patch of the mouth region of {@code box} in {@code image}, or null if too small. */
    public static float[] patch(RgbImage image, FaceBox box) {
        double x0 = box.x() + 0.2 * box.width();
        double x1 = box.x() + 0.8 * box.width();
        double y0 = box.y() + 0.62 * box.height();
        double y1 = box.y() + 0.97 * box.height();
        if (x1 - x0 < 6 || y1 - y0 < 4) {
            return null;
        }
        float[] p = new float[PATCH_W * PATCH_H];
        double sum = 0;
        for (int j = 0; j < PATCH_H; j++) {
            int y = clamp((int) (y0 + (j + 0.5) * (y1 - y0) / PATCH_H), image.height());
            for (int i = 0; i < PATCH_W; i++) {
                int x = clamp((int) (x0 + (i + 0.5) * (x1 - x0) / PATCH_W), image.width());
                float grey = 0.299f * image.value(x, y, 0) + 0.587f * image.value(x, y, 1) + 0.114f * image.value(x, y, 2);
                p[j * PATCH_W + i] = grey;
                sum += grey;
            }
        }
        double mean = sum / p.length;
        double ss = 0;
        for (float v : p) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / p.length);
        if (sd < 1e-3) {
            return null; // a flat patch: nothing to compare
        }
        for (int k = 0; k < p.length; k++) {
            p[k] = (float) ((p[k] - mean) / sd);
        }
        return p;
    }

    /** The motion series of a track, from the patches its frames had (frames without a patch are gaps). */
    public static Series of(FaceTrack track, Map<FaceEstimate, float[]> patches) {
        List<double[]> out = new ArrayList<>();
        TrackedFace previous = null;
        for (TrackedFace f : track.faces()) {
            float[] now = patches.get(f.estimate());
            if (previous != null && now != null && f.seconds() - previous.seconds() <= MAX_GAP_SECONDS) {
                float[] before = patches.get(previous.estimate());
                double d = 0;
                for (int k = 0; k < now.length; k++) {
                    d += Math.abs(now[k] - before[k]);
                }
                out.add(new double[] {f.seconds(), d / now.length});
            }
            previous = now == null ? null : f;
        }
        return new Series(track.id(), out.stream().mapToDouble(a -> a[0]).toArray(),
                out.stream().mapToDouble(a -> a[1]).toArray());
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
