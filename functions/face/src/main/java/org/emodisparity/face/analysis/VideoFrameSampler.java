package org.emodisparity.face.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.function.DoublePredicate;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a video once, front to back, and hands over one frame per sampling period: the first frame at or after
 * each sample time k / fps (within half a source frame), so 5 fps from a 24 fps video keeps about every fifth frame.
 * Frames between samples are decoded (inter-coded video needs them) but never converted to RGB. Times are seconds
 * from the container's start time, so they line up with the segmenter's windows.
 */
public final class VideoFrameSampler {
    /** Called for each sampled frame, on the decoding thread; the image is not reused afterwards. */
    @FunctionalInterface
    public interface FrameSink {
        void accept(SampledFrame frame) throws InterruptedException;
    }

    /** What decoding did: frames decoded in all, frames sampled, decoding time without the sink's. */
    public record DecodeStats(int decodedFrames, int sampledFrames, long decodeNanos, double durationSeconds) {
    }

    static {
        // FFmpeg prints stream info and warnings to stderr at INFO level; keep only errors.
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private final double samplingFps;
    private final int decoderThreads;

    /**
     * @param samplingFps    frames per second to analyse (default 5 in {@link FaceAnalysisSettings})
     * @param decoderThreads FFmpeg decoding threads; 0 lets FFmpeg choose
     */
    public VideoFrameSampler(double samplingFps, int decoderThreads) {
        if (!(samplingFps > 0)) {
            throw new IllegalArgumentException("sampling fps must be > 0, was " + samplingFps);
        }
        this.samplingFps = samplingFps;
        this.decoderThreads = decoderThreads;
    }

    /**
     * Decodes {@code video} up to {@code untilSeconds} and passes the sampled frames whose time {@code wanted}
     * accepts to {@code sink}; frames no window needs are never converted or analysed.
     */
    public DecodeStats sample(Path video, double untilSeconds, DoublePredicate wanted, FrameSink sink)
            throws IOException, InterruptedException {
        long sinkNanos = 0;
        long start = System.nanoTime();
        int decoded = 0;
        int sampled = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            if (decoderThreads > 0) {
                grabber.setVideoOption("threads", Integer.toString(decoderThreads));
            }
            grabber.start();
            if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0) {
                throw new IOException("no video stream in " + video);
            }
            long startMicros = containerStartMicros(grabber);
            double sourceFps = grabber.getFrameRate();
            double tolerance = sourceFps > 0 ? 0.5 / sourceFps : 0;
            double duration = grabber.getLengthInTime() / 1e6;
            double period = sourceFps > 0 ? 1 / sourceFps : 0;
            long next = 0; // index k of the next sample time k / fps
            double last = Double.NaN;
            boolean forceConversion = true;
            while (true) {
                // Convert to RGB only frames predicted to be sampled (previous time + one frame period); a frame
                // that qualifies unexpectedly (variable frame rate) makes the next one be converted and sampled.
                boolean convert = forceConversion || last + period + tolerance >= next / samplingFps;
                Frame frame = grabber.grabFrame(false, true, convert, false, false);
                if (frame == null) {
                    break;
                }
                if (frame.image == null) {
                    continue;
                }
                decoded++;
                double t = (frame.timestamp - startMicros) / 1e6;
                last = t;
                if (t > untilSeconds) {
                    break;
                }
                if (t + tolerance < next / samplingFps) {
                    continue;
                }
                if (!convert) {
                    forceConversion = true;
                    continue;
                }
                forceConversion = false;
                next = (long) Math.floor((t + tolerance) * samplingFps) + 1;
                if (!wanted.test(t)) {
                    continue;
                }
                RgbImage image = copyBgrToRgb(frame);
                long before = System.nanoTime();
                sink.accept(new SampledFrame(sampled++, t, image));
                sinkNanos += System.nanoTime() - before;
            }
            grabber.stop();
            return new DecodeStats(decoded, sampled, System.nanoTime() - start - sinkNanos, duration);
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot decode video " + video + ": " + e.getMessage(), e);
        }
    }

    private static long containerStartMicros(FFmpegFrameGrabber grabber) {
        long startTime = grabber.getFormatContext().start_time();
        return startTime == avutil.AV_NOPTS_VALUE ? 0 : startTime;
    }

    /** FFmpeg's default output: BGR24 rows of {@code imageStride} bytes. */
    static RgbImage copyBgrToRgb(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        ByteBuffer buf = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        byte[] row = new byte[w * 3];
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            buf.get(y * stride, row, 0, row.length);
            int o = y * w * 3;
            for (int x = 0; x < w * 3; x += 3) {
                rgb[o + x] = row[x + 2];
                rgb[o + x + 1] = row[x + 1];
                rgb[o + x + 2] = row[x];
            }
        }
        return new RgbImage(w, h, rgb);
    }
}
