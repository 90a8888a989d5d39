package org.emodisparity.face.analysis;

import java.util.List;

/** The faces found in one sampled frame. */
public record FrameFaces(int frameIndex, double seconds, List<FaceEstimate> faces) {
    public FrameFaces {
        faces = List.copyOf(faces);
    }
}
