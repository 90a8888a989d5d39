package org.emodisparity.face.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The face stage's result for one video.
 *
 * @param windows           one estimate per requested window, same order
 * @param tracks            all face tracks (ids from 0, in order of first appearance), with their per-frame estimates
 * @param clientTrackId     id of the track chosen as the client's; null when no face was found
 * @param modelIds          catalog ids of the models used, detector first
 * @param executionProvider where inference ran ("CPU", "CUDA:0")
 * @param stats             work and timing
 * @param clientMouthMotion the mouth-region motion of the client's track (null when no face was found)
 */
public record VideoFaceResult(List<WindowFaceEstimate> windows, List<FaceTrack> tracks, Integer clientTrackId,
                              List<String> modelIds, String executionProvider, FaceStageStats stats,
                              MouthMotion.Series clientMouthMotion) {

    public VideoFaceResult {
        windows = List.copyOf(windows);
        tracks = List.copyOf(tracks);
        modelIds = List.copyOf(modelIds);
    }

    public Optional<FaceTrack> clientTrack() {
        return tracks.stream().filter(t -> clientTrackId != null && t.id() == clientTrackId).findFirst();
    }

    public List<TrackSummary> trackSummaries() {
        return tracks.stream().map(FaceTrack::summary).toList();
    }
}
