package org.emodisparity.face.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which face track is the client's. In a recorded video session the client is usually on screen throughout
 * (the therapist's tile may be hidden, small or absent), so the default is the track seen in the most frames.
 */
public enum ClientTrackRule {
    /** The track present in the most sampled frames; ties go to the larger mean box area. */
    MOST_FRAMES(Comparator.comparingInt(FaceTrack::frames).thenComparingDouble(FaceTrack::meanArea)),
    /** The track with the largest mean box area (the speaker view's main tile); ties go to more frames. */
    LARGEST_FACE(Comparator.comparingDouble(FaceTrack::meanArea).thenComparingInt(FaceTrack::frames));

    private final Comparator<FaceTrack> preference;

    ClientTrackRule(Comparator<FaceTrack> preference) {
        this.preference = preference.thenComparing(Comparator.comparingInt(FaceTrack::id).reversed());
    }

    /** The client's track; empty when no face was found. Equal tracks: the lower id (seen first) wins. */
    public Optional<FaceTrack> choose(List<FaceTrack> tracks) {
        return tracks.stream().max(preference);
    }
}
