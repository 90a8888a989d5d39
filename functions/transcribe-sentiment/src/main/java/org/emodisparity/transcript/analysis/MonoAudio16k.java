package org.emodisparity.transcript.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * 16 kHz mono float PCM in [-1, 1], what Whisper takes: read from a WAV file (the segmenter's audio track) with
 * 16-bit integer or 32-bit float samples; several channels are averaged. Any other rate is an error rather than a
 * silent resample, because a wrong rate would go unnoticed in the transcript's timestamps.
 */
public record MonoAudio16k(float[] samples) {
    public static final int SAMPLE_RATE = 16_000;

    public double durationSeconds() {
        return samples.length / (double) SAMPLE_RATE;
    }

    public static MonoAudio16k readWav(Path wav) throws IOException {
        ByteBuffer data;
        try (FileChannel ch = FileChannel.open(wav, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) {
                throw new IOException(wav + ": WAV larger than 2 GiB");
            }
            data = ByteBuffer.allocate((int) ch.size()).order(ByteOrder.LITTLE_ENDIAN);
            while (data.hasRemaining() && ch.read(data) >= 0) {
                // fill
            }
            data.flip();
        }
        if (data.remaining() < 12 || data.getInt(0) != 0x46464952 /* RIFF */ || data.getInt(8) != 0x45564157 /* WAVE */) {
            throw new IOException(wav + ": not a RIFF/WAVE file");
        }
        int pos = 12;
        int format = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (pos + 8 <= data.limit()) {
            int id = data.getInt(pos);
            long size = Integer.toUnsignedLong(data.getInt(pos + 4));
            int body = pos + 8;
            if (id == 0x20746d66 /* "fmt " */) {
                format = Short.toUnsignedInt(data.getShort(body));
                channels = Short.toUnsignedInt(data.getShort(body + 2));
                rate = data.getInt(body + 4);
                bits = Short.toUnsignedInt(data.getShort(body + 14));
                if (format == 0xFFFE && size >= 26) {
                    format = Short.toUnsignedInt(data.getShort(body + 24)); // WAVE_FORMAT_EXTENSIBLE sub-format
                }
            } else if (id == 0x61746164 /* "data" */) {
                if (format < 0) {
                    throw new IOException(wav + ": data chunk before fmt chunk");
                }
                // A streamed WAV may carry size 0 or 0xFFFFFFFF: take what the file holds.
                long available = data.limit() - (long) body;
                int length = (int) (size == 0 || size > available ? available : size);
                return decode(wav, data.slice(body, length).order(ByteOrder.LITTLE_ENDIAN), format, channels, rate, bits);
            }
            pos = (int) Math.min(data.limit(), body + size + (size & 1));
        }
        throw new IOException(wav + ": no data chunk");
    }

    private static MonoAudio16k decode(Path wav, ByteBuffer pcm, int format, int channels, int rate, int bits)
            throws IOException {
        if (rate != SAMPLE_RATE) {
            throw new IOException(wav + ": " + rate + " Hz; speech recognition needs 16 kHz mono (the segmenter's"
                    + " audio track)");
        }
        if (channels < 1) {
            throw new IOException(wav + ": no channels");
        }
        boolean pcm16 = format == 1 && bits == 16;
        boolean float32 = format == 3 && bits == 32;
        if (!pcm16 && !float32) {
            throw new IOException(wav + ": unsupported WAV encoding (format " + format + ", " + bits
                    + " bits); expected 16-bit PCM or 32-bit float");
        }
        int bytesPerFrame = channels * bits / 8;
        int frames = pcm.remaining() / bytesPerFrame;
        float[] samples = new float[frames];
        for (int f = 0; f < frames; f++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                int at = f * bytesPerFrame + c * bits / 8;
                sum += pcm16 ? pcm.getShort(at) / 32768f : pcm.getFloat(at);
            }
            samples[f] = sum / channels;
        }
        return new MonoAudio16k(samples);
    }
}
