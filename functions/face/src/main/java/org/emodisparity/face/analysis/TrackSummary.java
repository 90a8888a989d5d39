package org.emodisparity.face.analysis;

/** A face track as listed in the output: id, frames with this face, mean box (pixels), first/last time (s). */
public record TrackSummary(int id, int frames, FaceBox meanBox, double firstSeconds, double lastSeconds,
                           double meanDetectionConfidence) {
}
