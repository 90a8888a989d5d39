package org.emodisparity.segmenter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Extracts the first audio stream as 16 kHz mono 16-bit PCM WAV, the input every audio model of the pipeline
 * expects (Silero VAD, Whisper, wav2vec2). FFmpeg's resampler does the conversion; samples stream from decoder
 * to file, so a three-hour session never sits in memory.
 */
public final class AudioExtractor {
    public static final int SAMPLE_RATE = 16_000;

    /** @return the number of samples written. */
    public long extract(Path media, Path wav, double durationSeconds, DoubleConsumer progress) throws IOException {
        return extract(media, wav, durationSeconds, null, progress);
    }

    /** @param streamIndex the file's audio stream to extract (the one the probe chose), null for FFmpeg's choice */
    public long extract(Path media, Path wav, double durationSeconds, Integer streamIndex, DoubleConsumer progress)
            throws IOException {
        return extract(media, wav, durationSeconds, streamIndex, progress, samples -> { });
    }

    /** As above, handing every block of 16 kHz samples written to {@code samples} too (in order). */
    public long extract(Path media, Path wav, double durationSeconds, Integer streamIndex, DoubleConsumer progress,
                        java.util.function.Consumer<java.nio.ShortBuffer> samples) throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(media.toFile())) {
            if (streamIndex != null) {
                grabber.setAudioStream(streamIndex);
            }
            grabber.setSampleRate(SAMPLE_RATE);
            grabber.setAudioChannels(1);
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_S16);
            grabber.setSampleMode(FrameGrabber.SampleMode.SHORT);
            grabber.start();
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(wav.toFile(), 1)) {
                recorder.setFormat("wav");
                recorder.setAudioCodec(avcodec.AV_CODEC_ID_PCM_S16LE);
                recorder.setSampleRate(SAMPLE_RATE);
                recorder.setAudioChannels(1);
                recorder.start();
                long written = 0;
                Frame frame;
                while ((frame = grabber.grabSamples()) != null) {
                    if (frame.samples == null) {
                        continue;
                    }
                    written += frame.samples[0].limit();
                    samples.accept(((java.nio.ShortBuffer) frame.samples[0]).duplicate());
                    recorder.recordSamples(SAMPLE_RATE, 1, frame.samples);
                    if (durationSeconds > 0) {
                        progress.accept(Math.min(1, written / (SAMPLE_RATE * durationSeconds)));
                    }
                }
                recorder.stop();
                return written;
            }
        }
    }
}
