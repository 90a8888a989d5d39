package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.emodisparity.fixtures.MediaFixtures;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole stage on real video ({@code video/pexels-woman-sad-neutral-happy.mp4}) and on a video without faces. */
class VideoFaceAnalyzerTest {
    private static final double VIDEO_SECONDS = 19.69;

    @BeforeAll
    static void models() {
        RequiredModels.assumeOrFail(BlazeFaceVariant.BACK_256.modelId());
        RequiredModels.assumeOrFail(FerEmotionClassifier.MODEL_ID);
    }

    /** Counts the frames handed to the models, to prove overlapping windows share one inference per frame. */
    static final class CountingAnalyzer implements FrameFaceAnalyzer {
        final FrameFaceAnalyzer delegate;
        final AtomicInteger frames = new AtomicInteger();

        CountingAnalyzer(FrameFaceAnalyzer delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<FaceEstimate> analyze(RgbImage frame) {
            frames.incrementAndGet();
            return delegate.analyze(frame);
        }

        @Override
        public List<List<FaceEstimate>> analyzeAll(List<RgbImage> batch) {
            frames.addAndGet(batch.size());
            return delegate.analyzeAll(batch);
        }

        @Override
        public List<String> modelIds() {
            return delegate.modelIds();
        }

        @Override
        public String executionProvider() {
            return delegate.executionProvider();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    private static VideoFaceAnalyzer counting(FaceAnalysisSettings settings, CountingAnalyzer[] out) {
        out[0] = new CountingAnalyzer(FaceModels.open(ModelRepository.atDefaultLocation(), settings));
        return new VideoFaceAnalyzer(out[0], settings);
    }

    @Test
    void sadThenNeutralThenLaughingWomanGoesFromNegativeToPositiveValence() throws IOException {
        FaceAnalysisSettings settings = FaceAnalysisSettings.defaults();
        // 2.5 s windows every 1.25 s: each frame falls in two windows but is decoded and inferred once
        List<TimeWindow> windows = WindowPlan.plan(VIDEO_SECONDS, 2.5, 1.25).windows();
        CountingAnalyzer[] counter = new CountingAnalyzer[1];
        VideoFaceResult r;
        try (VideoFaceAnalyzer stage = counting(settings, counter)) {
            r = stage.analyze(SharedMedia.pexelsWomanVideo(), windows);
        }
        for (WindowFaceEstimate w : r.windows()) {
            System.out.printf(Locale.ROOT, "[%5.2f, %5.2f) %s top=%s valence=%+.2f frames %d/%d confidence %.2f%n",
                    w.window().start(), w.window().end(), w.status(), w.top().map(Emotion::label).orElse("-"),
                    w.emotions().valence(), w.framesUsed(), w.framesSampled(), w.meanDetectionConfidence());
        }
        r.trackSummaries().forEach(System.out::println);
        System.out.println(r.stats());

        int sampled = r.stats().sampledFrames();
        assertEquals(99, sampled, "19.7 s at 5 fps");
        assertEquals(sampled, counter[0].frames.get(), "each sampled frame inferred exactly once");
        int inWindows = r.windows().stream().mapToInt(WindowFaceEstimate::framesSampled).sum();
        assertTrue(inWindows > 1.8 * sampled, "windows overlap, so they count frames about twice: " + inWindows);

        assertEquals(List.of("blazeface-back-256", "fer-mini-xception"), r.modelIds());
        FaceTrack client = r.clientTrack().orElseThrow();
        assertTrue(client.frames() >= 0.9 * sampled, "one woman, found in (almost) every frame: " + client.frames());

        double earlyMax = Double.NEGATIVE_INFINITY;
        double lateMin = Double.POSITIVE_INFINITY;
        for (WindowFaceEstimate w : r.windows()) {
            assertTrue(w.hasFace(), "face in every window");
            if (w.window().end() <= 7.0) {
                assertTrue(w.emotions().valence() < 0, "crying until ~7 s: " + w);
                earlyMax = Math.max(earlyMax, w.emotions().valence());
            } else if (w.window().start() >= 10.0) {
                assertTrue(w.emotions().valence() > 0, "laughing from ~10 s: " + w);
                lateMin = Math.min(lateMin, w.emotions().valence());
            }
        }
        assertTrue(earlyMax < lateMin, "every early window below every late one");
    }

    /**
     * Frames analysed on two inference threads (two analysers, each with its own model sessions) come back in frame
     * order: the same windows as on one thread, every sampled frame inferred exactly once across both.
     */
    @Test
    void twoInferenceThreadsGiveTheSameWindowsAsOne() throws IOException {
        FaceAnalysisSettings settings = FaceAnalysisSettings.defaults();
        List<TimeWindow> windows = WindowPlan.plan(VIDEO_SECONDS, 2.5, 1.25).windows();
        VideoFaceResult one;
        try (VideoFaceAnalyzer stage = VideoFaceAnalyzer.open(ModelRepository.atDefaultLocation(),
                settings.withInferenceThreads(1))) {
            one = stage.analyze(SharedMedia.pexelsWomanVideo(), windows);
        }
        CountingAnalyzer a = new CountingAnalyzer(FaceModels.open(ModelRepository.atDefaultLocation(), settings));
        CountingAnalyzer b = new CountingAnalyzer(FaceModels.open(ModelRepository.atDefaultLocation(), settings));
        VideoFaceResult two;
        try (VideoFaceAnalyzer stage = new VideoFaceAnalyzer(List.of(a, b), settings.withInferenceThreads(2))) {
            two = stage.analyze(SharedMedia.pexelsWomanVideo(), windows);
        }
        System.out.printf(Locale.ROOT, "frames per inference thread: %d, %d%n", a.frames.get(), b.frames.get());
        assertEquals(one.stats().sampledFrames(), a.frames.get() + b.frames.get(), "each frame inferred once");
        assertEquals(one.windows().size(), two.windows().size());
        assertEquals(one.clientTrackId(), two.clientTrackId());
        for (int i = 0; i < one.windows().size(); i++) {
            WindowFaceEstimate x = one.windows().get(i);
            WindowFaceEstimate y = two.windows().get(i);
            assertEquals(x.top(), y.top(), "window " + i);
            assertEquals(x.framesUsed(), y.framesUsed(), "window " + i);
            assertEquals(x.emotions().valence(), y.emotions().valence(), 1e-4, "window " + i);
        }
    }

    @Test
    void gridSpeakersWithNeutralFacesHaveNeutralAmongTheirTopTwoLabels() throws IOException {
        try (VideoFaceAnalyzer stage = VideoFaceAnalyzer.open(ModelRepository.atDefaultLocation(),
                FaceAnalysisSettings.defaults())) {
            for (String clip : List.of("grid_bbaf2n.mpg", "grid_lbax4n.mpg", "grid_id2_vcd_swwp2s.mpg")) {
                VideoFaceResult r = stage.analyze(SharedMedia.file("media/video/grid/" + clip),
                        WindowPlan.plan(3.0, 2.5, 1.25).windows());
                for (WindowFaceEstimate w : r.windows()) {
                    System.out.printf(Locale.ROOT, "%s [%.2f, %.2f) top=%s P(neutral)=%.2f valence=%+.2f%n", clip,
                            w.window().start(), w.window().end(), w.top().map(Emotion::label).orElse("-"),
                            w.emotions().probability(Emotion.NEUTRAL), w.emotions().valence());
                    List<Emotion> topTwo = w.emotions().probabilities().entrySet().stream()
                            .sorted(java.util.Map.Entry.<Emotion, Double>comparingByValue().reversed()).limit(2)
                            .map(java.util.Map.Entry::getKey).toList();
                    assertTrue(topTwo.contains(Emotion.NEUTRAL), clip + " " + w);
                }
            }
        }
    }

    @Test
    void videoWithoutFacesGivesNoFaceWindowsAndNoTracks(@TempDir Path dir) throws IOException {
        Path blank = MediaFixtures.videoOnly(dir, 3.0);
        List<TimeWindow> windows = WindowPlan.plan(3.0, 2.5, 1.25).windows();
        try (VideoFaceAnalyzer stage = VideoFaceAnalyzer.open(ModelRepository.atDefaultLocation(),
                FaceAnalysisSettings.defaults())) {
            VideoFaceResult r = stage.analyze(blank, windows);
            assertEquals(windows.size(), r.windows().size());
            assertEquals(15, r.stats().sampledFrames(), "3 s at 5 fps");
            assertTrue(r.tracks().isEmpty());
            assertNull(r.clientTrackId());
            for (WindowFaceEstimate w : r.windows()) {
                assertEquals(WindowFaceStatus.NO_FACE, w.status());
                assertTrue(w.top().isEmpty(), "never a guessed label");
                assertTrue(w.framesSampled() > 0, "frames were looked at");
            }
        }
    }

    @Test
    void framesOutsideAllWindowsAreNeitherConvertedNorInferred() throws IOException {
        List<TimeWindow> windows = List.of(new TimeWindow(0, 2.0, 4.5), new TimeWindow(1, 3.0, 5.5));
        CountingAnalyzer[] counter = new CountingAnalyzer[1];
        try (VideoFaceAnalyzer stage = counting(FaceAnalysisSettings.defaults(), counter)) {
            VideoFaceResult r = stage.analyze(SharedMedia.pexelsWomanVideo(), windows);
            assertEquals(18, counter[0].frames.get(), "[2, 5.5) at 5 fps");
            assertEquals(13, r.windows().get(0).framesSampled());
            assertTrue(r.stats().decodedFrames() < 140, "decoding stops after the last window");
        }
    }

    @Test
    void aFileThatIsNotAVideoIsAnIoError(@TempDir Path dir) throws IOException {
        Path notes = MediaFixtures.notMedia(dir);
        try (VideoFaceAnalyzer stage = VideoFaceAnalyzer.open(ModelRepository.atDefaultLocation(),
                FaceAnalysisSettings.defaults())) {
            assertThrows(IOException.class, () -> stage.analyze(notes, List.of(new TimeWindow(0, 0, 1))));
        }
    }
}
