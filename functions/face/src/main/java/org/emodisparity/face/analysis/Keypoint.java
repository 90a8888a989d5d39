package org.emodisparity.face.analysis;

/** A facial landmark in source-image pixels. */
public record Keypoint(double x, double y) {
}
