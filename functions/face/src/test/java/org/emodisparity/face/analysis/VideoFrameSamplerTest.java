package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoFrameSamplerTest {
    private static final int FPS = 25;

    /** 4 s at 25 fps; frame i is uniformly grey at level 2 i, so a sampled frame tells which frame it was. */
    private static Path numberedVideo(Path dir) throws IOException {
        Path out = dir.resolve("numbered.mp4");
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(out.toFile(), 64, 48, 0)) {
            rec.setFormat("mp4");
            rec.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            rec.setVideoQuality(1);
            rec.setFrameRate(FPS);
            rec.start();
            for (int i = 0; i < 4 * FPS; i++) {
                Frame f = new Frame(64, 48, Frame.DEPTH_UBYTE, 3);
                ByteBuffer buf = (ByteBuffer) f.image[0];
                for (int k = 0; k < buf.capacity(); k++) {
                    buf.put(k, (byte) (2 * i));
                }
                rec.record(f);
            }
            rec.stop();
        }
        return out;
    }

    private static List<SampledFrame> sample(Path video, double fps, double until, java.util.function.DoublePredicate wanted)
            throws IOException, InterruptedException {
        List<SampledFrame> frames = new ArrayList<>();
        new VideoFrameSampler(fps, 1).sample(video, until, wanted, frames::add);
        return frames;
    }

    @Test
    void keepsOneFramePerSamplingPeriodAtTheRightTimes(@TempDir Path dir) throws Exception {
        Path video = numberedVideo(dir);
        List<SampledFrame> frames = sample(video, 5, Double.POSITIVE_INFINITY, t -> true);
        assertEquals(20, frames.size());
        for (int k = 0; k < frames.size(); k++) {
            SampledFrame f = frames.get(k);
            assertEquals(k, f.index());
            assertEquals(k * 0.2, f.seconds(), 1e-6);
            int level = f.image().value(32, 24, 1);
            assertTrue(Math.abs(level - 2 * 5 * k) <= 2, "sample " + k + " should be frame " + 5 * k + ", grey " + level);
        }
    }

    @Test
    void unwantedTimesAreSkippedAndDecodingStopsAtTheEnd(@TempDir Path dir) throws Exception {
        Path video = numberedVideo(dir);
        List<SampledFrame> frames = sample(video, 5, 3.0, t -> t < 1.0 || t >= 2.0);
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 2.0, 2.2, 2.4, 2.6, 2.8, 3.0),
                frames.stream().map(f -> Math.round(f.seconds() * 1000) / 1000.0).toList());
        assertEquals(10, sample(video, 2.5, Double.POSITIVE_INFINITY, t -> true).size(), "2.5 fps over 4 s");
        assertEquals(100, sample(video, 50, Double.POSITIVE_INFINITY, t -> true).size(),
                "sampling faster than the video keeps every frame once");
    }
}
