package org.emodisparity.face.analysis;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes an Ultralytics detection head: {@code [1, 4 + nc, N]} (the export default) or its transpose
 * {@code [1, N, 4 + nc]}; per candidate cx, cy, w, h in input pixels, then nc class scores (already sigmoid).
 */
public final class YoloOutputDecoder {

    /** A candidate box in source pixels with its class scores; {@code confidence} is the best score. */
    public record Candidate(FaceBox box, float[] classScores, int bestClass, double confidence) {
    }

    private YoloOutputDecoder() {
    }

    public static List<Candidate> decode(FloatBuffer output, long[] shape, int classes, double minConfidence,
                                         Letterbox letterbox) {
        if (shape.length != 3 || shape[0] != 1) {
            throw new IllegalArgumentException("expected a [1, 4+nc, N] output, got " + java.util.Arrays.toString(shape));
        }
        int values = 4 + classes;
        boolean channelsFirst = shape[1] == values;
        if (!channelsFirst && shape[2] != values) {
            throw new IllegalArgumentException("output " + java.util.Arrays.toString(shape) + " does not have 4 + "
                    + classes + " values per candidate: do the configured labels match the model?");
        }
        int n = (int) (channelsFirst ? shape[2] : shape[1]);
        int base = output.position();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] scores = new float[classes];
            int best = 0;
            for (int c = 0; c < classes; c++) {
                scores[c] = value(output, base, channelsFirst, n, values, i, 4 + c);
                if (scores[c] > scores[best]) {
                    best = c;
                }
            }
            if (scores[best] < minConfidence) {
                continue;
            }
            float cx = value(output, base, channelsFirst, n, values, i, 0);
            float cy = value(output, base, channelsFirst, n, values, i, 1);
            float w = value(output, base, channelsFirst, n, values, i, 2);
            float h = value(output, base, channelsFirst, n, values, i, 3);
            FaceBox box = letterbox.toSource(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
            out.add(new Candidate(box, scores, best, scores[best]));
        }
        return out;
    }

    private static float value(FloatBuffer b, int base, boolean channelsFirst, int n, int values, int candidate, int k) {
        return b.get(base + (channelsFirst ? k * n + candidate : candidate * values + k));
    }

    /** NMS over all candidates ({@code agnostic}) or per best class, then the best {@code maxKept} overall. */
    public static List<Candidate> suppress(List<Candidate> candidates, boolean agnostic, double iou, int maxKept) {
        if (agnostic) {
            return NonMaxSuppression.plain(candidates, Candidate::box, Candidate::confidence, iou, maxKept);
        }
        Map<Integer, List<Candidate>> byClass = new TreeMap<>();
        candidates.forEach(c -> byClass.computeIfAbsent(c.bestClass(), k -> new ArrayList<>()).add(c));
        List<Candidate> kept = new ArrayList<>();
        byClass.values().forEach(group ->
                kept.addAll(NonMaxSuppression.plain(group, Candidate::box, Candidate::confidence, iou, maxKept)));
        kept.sort(java.util.Comparator.comparingDouble(Candidate::confidence).reversed());
        return kept.size() > maxKept ? List.copyOf(kept.subList(0, maxKept)) : kept;
    }
}
