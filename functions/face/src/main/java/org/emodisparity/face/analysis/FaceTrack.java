package org.emodisparity.face.analysis;

import java.util.List;

/** One person's face followed across sampled frames, in time order. */
public record FaceTrack(int id, List<TrackedFace> faces) {

    public FaceTrack {
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("track " + id + " has no faces");
        }
        faces = List.copyOf(faces);
    }

    public int frames() {
        return faces.size();
    }

    public double firstSeconds() {
        return faces.get(0).seconds();
    }

    public double lastSeconds() {
        return faces.get(faces.size() - 1).seconds();
    }

    public FaceBox meanBox() {
        double x = 0, y = 0, w = 0, h = 0;
        for (TrackedFace f : faces) {
            FaceBox b = f.estimate().box();
            x += b.x();
            y += b.y();
            w += b.width();
            h += b.height();
        }
        int n = faces.size();
        return new FaceBox(x / n, y / n, w / n, h / n);
    }

    public double meanArea() {
        return faces.stream().mapToDouble(f -> f.estimate().box().area()).average().orElse(0);
    }

    public double meanDetectionConfidence() {
        return faces.stream().mapToDouble(f -> f.estimate().detectionConfidence()).average().orElse(0);
    }

    public TrackSummary summary() {
        return new TrackSummary(id, frames(), meanBox(), firstSeconds(), lastSeconds(), meanDetectionConfidence());
    }
}
