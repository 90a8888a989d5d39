package org.emodisparity.face.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.function.DoublePredicate;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a video once, front to back, and hands over one frame per sampling period: the first frame at or after
 * each sample time k / fps (within half a source frame), so 5 fps from a 24 fps video keeps about every fifth frame.
 * Frames between samples are decoded (inter-coded video needs them) but never converted to RGB. A sampled frame is
 * converted by FFmpeg (libswscale) straight to RGB24 and, when its longer side exceeds {@code frameMaxSide}, scaled
 * down in the same pass: an HD frame is never copied or resized pixel by pixel in Java. Times are seconds from the
 * container's start time, so they line up with the segmenter's windows.
 */
public final class VideoFrameSampler {
    /** Called for each sampled frame, on the decoding thread; the image is not reused afterwards. */
    @FunctionalInterface
    public interface FrameSink {
        void accept(SampledFrame frame) throws InterruptedException;
    }

    /**
     * What decoding did: frames decoded in all, frames sampled, decoding time without the sink's, and the size of the
     * source frames and of the frames handed over (equal unless scaled down).
     */
    public record DecodeStats(int decodedFrames, int sampledFrames, long decodeNanos, double durationSeconds,
                              int sourceWidth, int sourceHeight, int frameWidth, int frameHeight, int threads) {
    }

    static {
        // FFmpeg prints stream info and warnings to stderr at INFO level; keep only errors.
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private final double samplingFps;
    private final DecodeSettings decode;

    /** Frames at the source size, fully decoded, on {@code decoderThreads} threads. */
    public VideoFrameSampler(double samplingFps, int decoderThreads) {
        this(samplingFps, DecodeSettings.exact().withThreads(decoderThreads));
    }

    /**
     * @param samplingFps frames per second to analyse (default 5 in {@link FaceAnalysisSettings})
     * @param decode      decoder threads, the longest side of the handed-over frames (scaled down by FFmpeg, aspect
     *                    kept; 0 = source size), deblocking
     */
    public VideoFrameSampler(double samplingFps, DecodeSettings decode) {
        if (!(samplingFps > 0)) {
            throw new IllegalArgumentException("need sampling fps > 0, was " + samplingFps);
        }
        this.samplingFps = samplingFps;
        this.decode = decode;
    }

    /** Decoding threads chosen by the video's frame size ({@link DecodeSettings#threadsFor}); opens it once to look. */
    private int threadsBySize(Path video) throws IOException {
        try (FFmpegFrameGrabber probe = new FFmpegFrameGrabber(video.toFile())) {
            probe.start();
            return decode.threadsFor(probe.getImageWidth(), probe.getImageHeight());
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot open " + video + ": " + e.getMessage(), e);
        }
    }

    /** The handed-over size of a {@code width} x {@code height} source: scaled to fit {@code maxSide}, never up. */
    static int[] frameSize(int width, int height, int maxSide) {
        int longer = Math.max(width, height);
        if (maxSide <= 0 || longer <= maxSide) {
            return new int[] {width, height};
        }
        double scale = (double) maxSide / longer;
        return new int[] {Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
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
        int threads = decode.threads() > 0 ? decode.threads() : threadsBySize(video);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setVideoOption("threads", Integer.toString(threads));
            if (!decode.deblocking()) {
                grabber.setVideoOption("skip_loop_filter", "all");
            }
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            grabber.start();
            if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0) {
                throw new IOException("no video stream in " + video);
            }
            int sourceWidth = grabber.getImageWidth();
            int sourceHeight = grabber.getImageHeight();
            int[] size = frameSize(sourceWidth, sourceHeight, decode.frameMaxSide());
            if (size[0] != sourceWidth || size[1] != sourceHeight) {
                // libswscale scales while it converts; area averaging, so a 2-6x reduction does not alias
                grabber.setImageScalingFlags(swscale.SWS_AREA);
                grabber.setImageWidth(size[0]);
                grabber.setImageHeight(size[1]);
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
                RgbImage image = copyRgb(frame);
                long before = System.nanoTime();
                sink.accept(new SampledFrame(sampled++, t, image, (double) sourceWidth / size[0]));
                sinkNanos += System.nanoTime() - before;
            }
            grabber.stop();
            return new DecodeStats(decoded, sampled, System.nanoTime() - start - sinkNanos, duration, sourceWidth,
                    sourceHeight, size[0], size[1], threads);
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot decode video " + video + ": " + e.getMessage(), e);
        }
    }

    private static long containerStartMicros(FFmpegFrameGrabber grabber) {
        long startTime = grabber.getFormatContext().start_time();
        return startTime == avutil.AV_NOPTS_VALUE ? 0 : startTime;
    }

    /** The frame as FFmpeg converted it: RGB24 rows of {@code imageStride} bytes, copied without the padding. */
    static RgbImage copyRgb(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        ByteBuffer buf = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        byte[] rgb = new byte[w * h * 3];
        if (stride == w * 3) {
            buf.get(0, rgb, 0, rgb.length);
        } else {
            for (int y = 0; y < h; y++) {
                buf.get(y * stride, rgb, y * w * 3, w * 3);
            }
        }
        return new RgbImage(w, h, rgb);
    }
}
