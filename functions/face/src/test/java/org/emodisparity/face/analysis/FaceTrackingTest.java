package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.TimeWindow;
import org.junit.jupiter.api.Test;

/** Tracker, client choice and per-window averaging on synthetic boxes (a gallery view: client + therapist tile). */
class FaceTrackingTest {
    private static final FaceBox CLIENT = new FaceBox(100, 100, 120, 120);
    private static final FaceBox THERAPIST = new FaceBox(500, 40, 60, 60);

    static FaceEstimate face(FaceBox box, double confidence, Emotion emotion) {
        return new FaceEstimate(box, confidence, Map.of(emotion.label(), 1.0),
                new EmotionDistribution(Map.of(emotion, 1.0)), List.of("test-model"));
    }

    private static FaceBox moved(FaceBox b, double dx) {
        return new FaceBox(b.x() + dx, b.y(), b.width(), b.height());
    }

    /** 20 frames at 5 fps: client always (drifting right), therapist in frames 0-7, a false positive in frame 3. */
    private static List<FrameFaces> gallery() {
        List<FrameFaces> frames = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<FaceEstimate> faces = new ArrayList<>();
            if (i < 8) {
                faces.add(face(THERAPIST, 0.9, Emotion.NEUTRAL));
            }
            faces.add(face(moved(CLIENT, 3 * i), 0.8, i < 10 ? Emotion.SADNESS : Emotion.HAPPINESS));
            if (i == 3) {
                faces.add(face(new FaceBox(300, 300, 20, 20), 0.55, Emotion.ANGER));
            }
            frames.add(new FrameFaces(i, i * 0.2, faces));
        }
        return frames;
    }

    @Test
    void linksFacesByOverlapAndListsTracks() {
        List<FaceTrack> tracks = new FaceTracker(TrackingSettings.defaults()).track(gallery());
        assertEquals(3, tracks.size());
        FaceTrack therapist = tracks.get(0);
        FaceTrack client = tracks.get(1);
        assertEquals(8, therapist.frames());
        assertEquals(20, client.frames());
        assertEquals(1, tracks.get(2).frames());
        assertEquals(0.0, client.firstSeconds(), 1e-9);
        assertEquals(3.8, client.lastSeconds(), 1e-9);
        assertEquals(1.4, therapist.lastSeconds(), 1e-9);
        assertEquals(100 + 3 * 9.5, client.meanBox().x(), 1e-9);
        assertEquals(0.8, client.summary().meanDetectionConfidence(), 1e-9);
    }

    @Test
    void clientIsTheTrackInMostFramesTiesGoToTheLargerFace() {
        List<FaceTrack> tracks = new FaceTracker(TrackingSettings.defaults()).track(gallery());
        assertEquals(1, ClientTrackRule.MOST_FRAMES.choose(tracks).orElseThrow().id());

        FaceTrack small = new FaceTrack(0, List.of(new TrackedFace(0, 0, face(THERAPIST, 0.9, Emotion.NEUTRAL))));
        FaceTrack large = new FaceTrack(1, List.of(new TrackedFace(0, 0, face(CLIENT, 0.9, Emotion.NEUTRAL))));
        assertEquals(1, ClientTrackRule.MOST_FRAMES.choose(List.of(small, large)).orElseThrow().id());
        assertEquals(1, ClientTrackRule.LARGEST_FACE.choose(List.of(small, large)).orElseThrow().id());
        assertTrue(ClientTrackRule.MOST_FRAMES.choose(List.of()).isEmpty());
    }

    @Test
    void aFaceReturningAfterTheGapStartsANewTrack() {
        List<FrameFaces> frames = List.of(
                new FrameFaces(0, 0.0, List.of(face(CLIENT, 0.9, Emotion.NEUTRAL))),
                new FrameFaces(1, 2.0, List.of(face(CLIENT, 0.9, Emotion.NEUTRAL))),
                new FrameFaces(2, 9.0, List.of(face(CLIENT, 0.9, Emotion.NEUTRAL))));
        List<FaceTrack> tracks = new FaceTracker(TrackingSettings.defaults()).track(frames);
        assertEquals(List.of(2, 1), tracks.stream().map(FaceTrack::frames).toList());
    }

    @Test
    void windowsAverageTheClientTrackAndSayNoFaceWhenItIsAbsent() {
        List<FrameFaces> frames = gallery();
        Optional<FaceTrack> client = ClientTrackRule.MOST_FRAMES.choose(new FaceTracker(TrackingSettings.defaults()).track(frames));
        double[] times = frames.stream().mapToDouble(FrameFaces::seconds).toArray();
        List<TimeWindow> windows = List.of(new TimeWindow(0, 0, 1), new TimeWindow(1, 1.5, 2.5),
                new TimeWindow(2, 2, 4), new TimeWindow(3, 4, 6));
        List<WindowFaceEstimate> out = WindowAggregator.aggregate(windows, times, client);

        assertEquals(Emotion.SADNESS, out.get(0).top().orElseThrow());
        assertEquals(5, out.get(0).framesUsed());
        assertEquals(5, out.get(0).framesSampled());
        assertEquals(0.8, out.get(0).meanDetectionConfidence(), 1e-9);
        // [1.5, 2.5): frames at 1.6, 1.8 (sad) and 2.0, 2.2, 2.4 (happy)
        assertEquals(0.4, out.get(1).emotions().probability(Emotion.SADNESS), 1e-9);
        assertEquals(0.6, out.get(1).emotions().probability(Emotion.HAPPINESS), 1e-9);
        assertEquals(0.6, out.get(1).modelScores().get("happiness"), 1e-9);
        assertEquals(10, out.get(2).framesUsed());
        assertEquals(Emotion.HAPPINESS, out.get(2).top().orElseThrow());

        WindowFaceEstimate after = out.get(3);
        assertEquals(WindowFaceStatus.NO_FACE, after.status());
        assertTrue(after.top().isEmpty());
        assertTrue(after.emotions().isEmpty());
        assertEquals(0, after.framesUsed());
        assertEquals(0, after.framesSampled());

        List<WindowFaceEstimate> nobody = WindowAggregator.aggregate(windows, times, Optional.empty());
        assertTrue(nobody.stream().noneMatch(WindowFaceEstimate::hasFace));
        assertEquals(5, nobody.get(0).framesSampled());
    }
}
