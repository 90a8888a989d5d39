package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A video-call gallery view built from real media: the crying woman of the shared video in the main tile (640 x 360)
 * and a "therapist" tile (London set 001, neutral) on the right that is switched off after 2 s. The stage must
 * track both faces separately and pick the woman as the client.
 */
class GalleryViewTest {
    private static final int FPS = 24;
    private static final double SECONDS = 4;

    private static Path galleryVideo(Path dir) throws Exception {
        List<SampledFrame> woman = new ArrayList<>();
        new VideoFrameSampler(FPS, 1).sample(SharedMedia.pexelsWomanVideo(), SECONDS, t -> true, woman::add);
        BufferedImage therapist = ImageIO.read(SharedMedia.file("media/faces/london/001_03_neutral.jpg").toFile());
        Path out = dir.resolve("gallery.mp4");
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(out.toFile(), 960, 360, 0);
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            rec.setFormat("mp4");
            rec.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            rec.setVideoQuality(2);
            rec.setFrameRate(FPS);
            rec.start();
            for (SampledFrame f : woman) {
                BufferedImage canvas = new BufferedImage(960, 360, BufferedImage.TYPE_3BYTE_BGR);
                Graphics2D g = canvas.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(toBufferedImage(f.image()), 0, 0, null);
                g.setColor(Color.DARK_GRAY);
                g.fillRect(640, 0, 320, 360);
                if (f.seconds() < 2.0) {
                    g.drawImage(therapist, 660, 40, 280, 280, null);
                }
                g.dispose();
                rec.record(converter.convert(canvas));
            }
            rec.stop();
        }
        return out;
    }

    private static BufferedImage toBufferedImage(RgbImage image) {
        BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                b.setRGB(x, y, image.value(x, y, 0) << 16 | image.value(x, y, 1) << 8 | image.value(x, y, 2));
            }
        }
        return b;
    }

    @Test
    void tracksClientAndTherapistSeparatelyAndPicksTheClient(@TempDir Path dir) throws Exception {
        RequiredModels.assumeOrFail(BlazeFaceVariant.BACK_256.modelId());
        RequiredModels.assumeOrFail(FerEmotionClassifier.MODEL_ID);
        Path video = galleryVideo(dir);
        List<TimeWindow> windows = WindowPlan.plan(SECONDS, 2.5, 1.25).windows();
        VideoFaceResult r;
        try (VideoFaceAnalyzer stage = VideoFaceAnalyzer.open(ModelRepository.atDefaultLocation(),
                FaceAnalysisSettings.defaults())) {
            r = stage.analyze(video, windows);
        }
        r.trackSummaries().forEach(System.out::println);
        r.windows().forEach(System.out::println);

        FaceTrack client = r.clientTrack().orElseThrow();
        assertTrue(client.meanBox().centreX() < 640, "client is the woman in the main tile: " + client.summary());
        assertTrue(client.frames() >= 18, "found in (nearly) all 20 sampled frames: " + client.frames());
        FaceTrack therapist = r.tracks().stream().filter(t -> t.meanBox().centreX() > 640)
                .max(java.util.Comparator.comparingInt(FaceTrack::frames)).orElseThrow();
        assertTrue(therapist.frames() >= 8 && therapist.lastSeconds() < 2.0,
                "therapist tile seen in the first 2 s only: " + therapist.summary());
        assertTrue(client.faces().stream().allMatch(f -> f.estimate().box().centreX() < 640), "no identity switch");
        assertEquals(windows.size(), r.windows().size());
        for (WindowFaceEstimate w : r.windows()) {
            assertTrue(w.hasFace());
            assertTrue(w.emotions().valence() < 0, "windows describe the crying client, not the neutral therapist: " + w);
        }
    }
}
