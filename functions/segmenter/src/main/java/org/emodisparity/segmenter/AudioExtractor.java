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
                long samples = 0;
                Frame frame;
                while ((frame = grabber.grabSamples()) != null) {
                    if (frame.samples == null) {
                        continue;
                    }
                    samples += frame.samples[0].limit();
                    recorder.recordSamples(SAMPLE_RATE, 1, frame.samples);
                    if (durationSeconds > 0) {
                        progress.accept(Math.min(1, samples / (SAMPLE_RATE * durationSeconds)));
                    }
                }
                recorder.stop();
                return samples;
            }
        }
    }
}
