package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HD video is scaled down by FFmpeg before the models see it ({@link DecodeSettings#frameMaxSide()}). Real
 * models, real media: the shared 640 x 360 video ({@code video/pexels-woman-sad-neutral-happy.mp4}) is re-encoded at
 * 1280 x 720 and analysed three ways: the original, the HD copy scaled down to 640 by FFmpeg (the default), and the
 * HD copy at full size. The labels must agree window by window, and boxes must be in the HD copy's own pixels. The
 * original (H.264) is also decoded with the codec's deblocking filter, which the product skips
 * ({@link DecodeSettings#deblocking()}): the labels must agree with the default decode.
 */
class HdFrameScalingTest {
    private static final double VIDEO_SECONDS = 19.69;

    @BeforeAll
    static void models() {
        RequiredModels.assumeOrFail(BlazeFaceVariant.BACK_256.modelId());
        RequiredModels.assumeOrFail(FerEmotionClassifier.MODEL_ID);
    }

    /** The shared video upscaled to 1280 x 720 (FFmpeg scales in the recorder), MPEG-4 at high quality. */
    private static Path hdCopy(Path dir) throws IOException {
        Path out = dir.resolve("hd.mp4");
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(SharedMedia.pexelsWomanVideo().toFile())) {
            grabber.start();
            try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(out.toFile(), 1280, 720, 0)) {
                rec.setFormat("mp4");
                rec.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
                rec.setVideoQuality(2);
                rec.setFrameRate(grabber.getFrameRate());
                rec.start();
                Frame f;
                while ((f = grabber.grabImage()) != null) {
                    rec.record(f);
                }
                rec.stop();
            }
            grabber.stop();
        }
        return out;
    }

    private static VideoFaceResult analyse(Path video, int frameMaxSide, List<TimeWindow> windows) throws IOException {
        return analyse(video, DecodeSettings.defaults().withFrameMaxSide(frameMaxSide), windows);
    }

    private static VideoFaceResult analyse(Path video, DecodeSettings decode, List<TimeWindow> windows)
            throws IOException {
        FaceAnalysisSettings settings = FaceAnalysisSettings.defaults().withDecode(decode);
        try (VideoFaceAnalyzer stage = VideoFaceAnalyzer.open(ModelRepository.atDefaultLocation(), settings)) {
            return stage.analyze(video, windows);
        }
    }

    private static Emotion top(WindowFaceEstimate w) {
        return w.emotions().probabilities().entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey();
    }

    /** Share of windows with a face in both whose top label is the same, and the mean |difference| in valence. */
    private static double[] agreement(VideoFaceResult a, VideoFaceResult b) {
        int both = 0;
        int same = 0;
        double valence = 0;
        for (int i = 0; i < a.windows().size(); i++) {
            WindowFaceEstimate x = a.windows().get(i);
            WindowFaceEstimate y = b.windows().get(i);
            if (x.hasFace() && y.hasFace()) {
                both++;
                same += top(x) == top(y) ? 1 : 0;
                valence += Math.abs(x.emotions().valence() - y.emotions().valence());
            }
        }
        return new double[] {both, (double) same / both, valence / both};
    }

    @Test
    void hdVideoScaledByFfmpegGivesTheSameLabelsAsTheOriginalAndBoxesInHdPixels(@TempDir Path dir)
            throws IOException {
        Path hd = hdCopy(dir);
        List<TimeWindow> windows = WindowPlan.plan(VIDEO_SECONDS, 2.5, 1.25).windows();

        VideoFaceResult original = analyse(SharedMedia.pexelsWomanVideo(), FaceAnalysisSettings.DEFAULT_FRAME_MAX_SIDE,
                windows);
        VideoFaceResult scaled = analyse(hd, FaceAnalysisSettings.DEFAULT_FRAME_MAX_SIDE, windows);
        VideoFaceResult full = analyse(hd, 0, windows);
        // the product skips the decoder's deblocking filter; the exact decode of the (H.264) original must give the
        // same labels
        VideoFaceResult deblocked = analyse(SharedMedia.pexelsWomanVideo(),
                DecodeSettings.defaults().withDeblocking(true), windows);

        assertEquals("640x360", original.stats().frameSize(), "a 640 x 360 video is not scaled");
        assertEquals("1280x720", scaled.stats().sourceSize());
        assertEquals("640x360", scaled.stats().frameSize(), "FFmpeg scales the HD copy to 640 pixels wide");
        assertEquals("1280x720", full.stats().frameSize());

        List<double[]> pairs = new ArrayList<>();
        pairs.add(agreement(original, scaled));
        pairs.add(agreement(full, scaled));
        pairs.add(agreement(deblocked, original));
        String[] names = {"original vs HD scaled", "HD full size vs HD scaled",
            "original (H.264) deblocked vs without deblocking (default)"};
        for (int i = 0; i < pairs.size(); i++) {
            double[] a = pairs.get(i);
            System.out.printf(Locale.ROOT, "%s: %d windows with a face in both, top label agrees in %.3f, "
                    + "mean |valence difference| %.3f%n", names[i], (int) a[0], a[1], a[2]);
            assertTrue(a[0] >= windows.size() - 2, names[i] + ": faces found in (almost) every window");
            assertTrue(a[1] >= 0.85, names[i] + ": top labels agree in >= 85 % of windows, was " + a[1]);
            assertTrue(a[2] <= 0.08, names[i] + ": mean valence difference <= 0.08, was " + a[2]);
        }

        // boxes are in the HD copy's pixels, about twice the original's
        FaceBox small = original.clientTrack().orElseThrow().summary().meanBox();
        FaceBox large = scaled.clientTrack().orElseThrow().summary().meanBox();
        assertEquals(2.0, large.width() / small.width(), 0.1, "box width in HD pixels");
        assertEquals(2.0, large.centreX() / small.centreX(), 0.1, "box position in HD pixels");
    }
}
