package org.emodisparity.face.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Links faces across sampled frames by box overlap. Per frame, candidate pairs (open track, face) with IoU at least
 * {@code minIou} are taken greedily, best overlap first, so each track gets at most one face per frame and each face
 * one track; unmatched faces open new tracks. Gallery tiles barely move, so overlap alone separates people well.
 */
public final class FaceTracker {
    private final TrackingSettings settings;

    public FaceTracker(TrackingSettings settings) {
        this.settings = settings;
    }

    private record Pair(int track, int face, double iou) {
    }

    /** Tracks in order of first appearance, ids from 0. */
    public List<FaceTrack> track(List<FrameFaces> frames) {
        List<List<TrackedFace>> tracks = new ArrayList<>();
        for (FrameFaces frame : frames) {
            List<FaceEstimate> faces = frame.faces();
            List<Pair> pairs = new ArrayList<>();
            for (int t = 0; t < tracks.size(); t++) {
                TrackedFace last = tracks.get(t).get(tracks.get(t).size() - 1);
                if (frame.seconds() - last.seconds() > settings.maxGapSeconds()) {
                    continue;
                }
                for (int f = 0; f < faces.size(); f++) {
                    double iou = last.estimate().box().iou(faces.get(f).box());
                    if (iou >= settings.minIou()) {
                        pairs.add(new Pair(t, f, iou));
                    }
                }
            }
            pairs.sort(Comparator.comparingDouble(Pair::iou).reversed());
            boolean[] trackTaken = new boolean[tracks.size()];
            boolean[] faceTaken = new boolean[faces.size()];
            for (Pair p : pairs) {
                if (!trackTaken[p.track()] && !faceTaken[p.face()]) {
                    trackTaken[p.track()] = true;
                    faceTaken[p.face()] = true;
                    tracks.get(p.track()).add(new TrackedFace(frame.frameIndex(), frame.seconds(), faces.get(p.face())));
                }
            }
            for (int f = 0; f < faces.size(); f++) {
                if (!faceTaken[f]) {
                    List<TrackedFace> track = new ArrayList<>();
                    track.add(new TrackedFace(frame.frameIndex(), frame.seconds(), faces.get(f)));
                    tracks.add(track);
                }
            }
        }
        List<FaceTrack> out = new ArrayList<>(tracks.size());
        for (int i = 0; i < tracks.size(); i++) {
            out.add(new FaceTrack(i, tracks.get(i)));
        }
        return out;
    }
}
