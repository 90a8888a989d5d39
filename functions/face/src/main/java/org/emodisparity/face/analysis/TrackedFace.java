package org.emodisparity.face.analysis;

/** One frame's estimate for a track. */
public record TrackedFace(int frameIndex, double seconds, FaceEstimate estimate) {
}
