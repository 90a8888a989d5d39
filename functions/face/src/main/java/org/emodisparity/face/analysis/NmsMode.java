package org.emodisparity.face.analysis;

/** How overlapping detections of one face are merged. */
public enum NmsMode {
    /** Keep the highest-scoring box, drop those overlapping it. */
    PLAIN,
    /**
     * MediaPipe's weighted NMS: the kept detection's box and key points become the score-weighted mean of all
     * boxes overlapping it (steadier boxes from frame to frame); its score stays the highest one.
     */
    WEIGHTED
}
