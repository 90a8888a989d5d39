package org.emodisparity.face.analysis;

import java.util.List;

/**
 * One face found by a detector: its box and key points in source pixels and the detector's confidence in [0, 1].
 * BlazeFace key points: right eye, left eye, nose tip, mouth centre, right ear tragion, left ear tragion (the
 * subject's right and left).
 */
public record FaceDetection(FaceBox box, double score, List<Keypoint> keypoints) {
    public static final int RIGHT_EYE = 0;
    public static final int LEFT_EYE = 1;

    public FaceDetection {
        keypoints = List.copyOf(keypoints);
    }

    public Keypoint keypoint(int index) {
        return index < keypoints.size() ? keypoints.get(index) : null;
    }
}
