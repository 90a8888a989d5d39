package org.emodisparity.face.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Non-maximum suppression over boxes; overlap is intersection over union. */
public final class NonMaxSuppression {
    private NonMaxSuppression() {
    }

    /** Plain NMS for any candidate type: highest score first, a candidate overlapping a kept one by more than
     * {@code iouThreshold} is dropped. */
    public static <T> List<T> plain(List<T> candidates, Function<T, FaceBox> box, ToDoubleFunction<T> score,
                                    double iouThreshold, int maxKept) {
        List<T> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(score).reversed());
        List<T> kept = new ArrayList<>();
        for (T c : sorted) {
            if (kept.size() >= maxKept) {
                break;
            }
            FaceBox b = box.apply(c);
            if (kept.stream().noneMatch(k -> box.apply(k).iou(b) > iouThreshold)) {
                kept.add(c);
            }
        }
        return kept;
    }

    public static List<FaceDetection> apply(List<FaceDetection> detections, NmsMode mode, double iouThreshold,
                                            int maxKept) {
        return mode == NmsMode.PLAIN
                ? plain(detections, FaceDetection::box, FaceDetection::score, iouThreshold, maxKept)
                : weighted(detections, iouThreshold, maxKept);
    }

    /** MediaPipe's {@code WeightedNonMaxSuppression}. */
    static List<FaceDetection> weighted(List<FaceDetection> detections, double iouThreshold, int maxKept) {
        List<FaceDetection> remaining = new ArrayList<>(detections);
        remaining.sort(Comparator.comparingDouble(FaceDetection::score).reversed());
        List<FaceDetection> kept = new ArrayList<>();
        while (!remaining.isEmpty() && kept.size() < maxKept) {
            FaceDetection top = remaining.get(0);
            List<FaceDetection> cluster = new ArrayList<>();
            List<FaceDetection> rest = new ArrayList<>();
            for (FaceDetection d : remaining) {
                (d.box().iou(top.box()) > iouThreshold ? cluster : rest).add(d);
            }
            kept.add(weightedMean(top, cluster));
            remaining = rest;
        }
        return kept;
    }

    private static FaceDetection weightedMean(FaceDetection top, List<FaceDetection> cluster) {
        if (cluster.size() == 1) {
            return top;
        }
        double total = 0, xMin = 0, yMin = 0, xMax = 0, yMax = 0;
        int nKeypoints = top.keypoints().size();
        double[] kx = new double[nKeypoints];
        double[] ky = new double[nKeypoints];
        for (FaceDetection d : cluster) {
            double s = d.score();
            total += s;
            xMin += s * d.box().x();
            yMin += s * d.box().y();
            xMax += s * d.box().maxX();
            yMax += s * d.box().maxY();
            for (int k = 0; k < nKeypoints && k < d.keypoints().size(); k++) {
                kx[k] += s * d.keypoints().get(k).x();
                ky[k] += s * d.keypoints().get(k).y();
            }
        }
        if (!(total > 0)) {
            return top;
        }
        List<Keypoint> keypoints = new ArrayList<>(nKeypoints);
        for (int k = 0; k < nKeypoints; k++) {
            keypoints.add(new Keypoint(kx[k] / total, ky[k] / total));
        }
        FaceBox box = FaceBox.fromCorners(xMin / total, yMin / total, xMax / total, yMax / total);
        return new FaceDetection(box, top.score(), keypoints);
    }
}
