package org.emodisparity.face.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.TimeWindow;

/**
 * Averages the client track's per-frame estimates over each window. Frames are inferred once and only averaged
 * here, so overlapping windows share them without re-decoding or re-inference.
 */
public final class WindowAggregator {
    private WindowAggregator() {
    }

    /**
     * @param sampleTimes times (s) of all sampled frames, ascending, to count the frames of each window
     * @param client      the client's track, empty when no face was found at all
     */
    public static List<WindowFaceEstimate> aggregate(List<TimeWindow> windows, double[] sampleTimes,
                                                     Optional<FaceTrack> client) {
        List<TrackedFace> track = client.map(FaceTrack::faces).orElse(List.of());
        double[] trackTimes = track.stream().mapToDouble(TrackedFace::seconds).toArray();
        List<WindowFaceEstimate> out = new ArrayList<>(windows.size());
        for (TimeWindow w : windows) {
            int sampled = firstAtOrAfter(sampleTimes, w.end()) - firstAtOrAfter(sampleTimes, w.start());
            List<FaceEstimate> faces = track.subList(firstAtOrAfter(trackTimes, w.start()),
                    firstAtOrAfter(trackTimes, w.end())).stream().map(TrackedFace::estimate).toList();
            out.add(faces.isEmpty() ? WindowFaceEstimate.noFace(w, sampled) : mean(w, faces, sampled));
        }
        return out;
    }

    /** Index of the first time >= t in ascending {@code times} (windows are half-open [start, end)). */
    private static int firstAtOrAfter(double[] times, double t) {
        int lo = 0, hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static WindowFaceEstimate mean(TimeWindow w, List<FaceEstimate> faces, int sampled) {
        Map<Emotion, Double> emotions = new EnumMap<>(Emotion.class);
        Map<String, Double> scores = new LinkedHashMap<>();
        double confidence = 0;
        for (FaceEstimate f : faces) {
            f.emotions().probabilities().forEach((e, p) -> emotions.merge(e, p / faces.size(), Double::sum));
            f.modelScores().forEach((label, p) -> scores.merge(label, p / faces.size(), Double::sum));
            confidence += f.detectionConfidence() / faces.size();
        }
        return new WindowFaceEstimate(w, WindowFaceStatus.FACE, new EmotionDistribution(emotions), scores, confidence,
                faces.size(), sampled);
    }
}
