package org.emodisparity.model.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The one reader of the segmenter's {@code audio.wav} (and the participant and clinician audio it writes): 16 kHz
 * WAV as float samples in [-1, 1). Any other rate is an error rather than a silent resample, because a wrong rate
 * would go unnoticed in every time the stages report.
 *
 * <p>Three ways to read: {@link #readMono} takes 16-bit PCM mono only (what the speech stage's prosody is calibrated
 * on) and rejects anything else rather than converting it; {@link #readMixedDown} also takes 32-bit float samples
 * and several channels, averaged (what Whisper is given); {@link #openPcm16} streams 16-bit samples in pieces (the
 * segmenter's audio streams).
 *
 * <p>The header is parsed here rather than by {@code javax.sound.sampled.AudioSystem}: a streamed WAV (FFmpeg
 * writing to a pipe) may carry a data size of 0, which AudioSystem reads as no samples at all; here a size of 0 or
 * beyond the file's end means "what the file holds". The data are decoded chunk by chunk into the one array that is
 * returned: a 3-hour session's WAV (345 MB) is never held as bytes beside its samples.
 */
public final class Wav16k {
    public static final int SAMPLE_RATE = 16_000;
    private static final int CHUNK = 1 << 16;

    private Wav16k() {
    }

    /** 16-bit PCM mono 16 kHz only; anything else is rejected rather than silently converted. */
    public static float[] readMono(Path wav) throws IOException {
        return read(wav, true);
    }

    /** 16-bit PCM or 32-bit float at 16 kHz, several channels averaged. */
    public static float[] readMixedDown(Path wav) throws IOException {
        return read(wav, false);
    }

    private record Format(int format, int channels, int rate, int bits) {
        boolean pcm16() {
            return format == 1 && bits == 16;
        }
    }

    /** Where a WAV's samples are and how they are stored. */
    private record Layout(Format format, long dataStart, long dataLength) {
    }

    private static float[] read(Path wav, boolean monoPcm16Only) throws IOException {
        try (FileChannel ch = FileChannel.open(wav, StandardOpenOption.READ)) {
            Layout layout = layout(wav, ch);
            return decode(wav, ch, layout.dataStart(), layout.dataLength(), layout.format(), monoPcm16Only);
        }
    }

    private static Layout layout(Path wav, FileChannel ch) throws IOException {
        long fileSize = ch.size();
        ByteBuffer riff = readAt(ch, 0, 12);
        if (riff.remaining() < 12 || riff.getInt(0) != 0x46464952 /* RIFF */
                || riff.getInt(8) != 0x45564157 /* WAVE */) {
            throw new IOException(wav + ": not a RIFF/WAVE file");
        }
        long pos = 12;
        Format format = null;
        while (pos + 8 <= fileSize) {
            ByteBuffer header = readAt(ch, pos, 8);
            int id = header.getInt(0);
            long size = Integer.toUnsignedLong(header.getInt(4));
            long body = pos + 8;
            if (id == 0x20746d66 /* "fmt " */) {
                ByteBuffer fmt = readAt(ch, body, (int) Math.min(size, 40));
                if (fmt.remaining() < 16) {
                    throw new IOException(wav + ": truncated fmt chunk");
                }
                int code = Short.toUnsignedInt(fmt.getShort(0));
                if (code == 0xFFFE && fmt.remaining() >= 26) {
                    code = Short.toUnsignedInt(fmt.getShort(24)); // WAVE_FORMAT_EXTENSIBLE sub-format
                }
                format = new Format(code, Short.toUnsignedInt(fmt.getShort(2)), fmt.getInt(4),
                        Short.toUnsignedInt(fmt.getShort(14)));
            } else if (id == 0x61746164 /* "data" */) {
                if (format == null) {
                    throw new IOException(wav + ": data chunk before fmt chunk");
                }
                // a streamed WAV may carry size 0 or 0xFFFFFFFF: take what the file holds
                long available = fileSize - body;
                return new Layout(format, body, size == 0 || size > available ? available : size);
            }
            pos = Math.min(fileSize, body + size + (size & 1));
        }
        throw new IOException(wav + ": no data chunk");
    }

    /**
     * A 16-bit PCM mono WAV read piece by piece, as 16-bit samples: the segmenter mixes and splits audio streams
     * of any length this way without holding them.
     */
    public static Pcm16Stream openPcm16(Path wav) throws IOException {
        FileChannel ch = FileChannel.open(wav, StandardOpenOption.READ);
        try {
            Layout layout = layout(wav, ch);
            if (!layout.format().pcm16() || layout.format().channels() != 1) {
                throw new IOException(wav + ": expected 16-bit PCM mono WAV");
            }
            return new Pcm16Stream(ch, layout.dataStart(), layout.dataLength() / 2);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** See {@link #openPcm16}. */
    public static final class Pcm16Stream implements AutoCloseable {
        private final FileChannel ch;
        private final long samples;
        private long position;
        private long left;
        /** Read ahead in blocks, served a frame at a time. */
        private final ByteBuffer block = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN).limit(0);

        private Pcm16Stream(FileChannel ch, long dataStart, long samples) {
            this.ch = ch;
            this.position = dataStart;
            this.samples = samples;
            this.left = samples;
        }

        /** How many samples the header (or, when streamed, the file) holds. */
        public long samples() {
            return samples;
        }

        /** Up to {@code buf.length} samples; returns how many (0 at the end). */
        public int read(short[] buf) throws IOException {
            int n = (int) Math.min(buf.length, left);
            int got = 0;
            while (got < n) {
                if (block.remaining() < 2 && !refill()) {
                    break;
                }
                buf[got++] = block.getShort();
            }
            left -= got;
            if (got < n) {
                left = 0;
            }
            return got;
        }

        private boolean refill() throws IOException {
            block.compact();
            int r = 0;
            while (block.hasRemaining() && (r = ch.read(block, position)) > 0) {
                position += r;
            }
            block.flip();
            return block.remaining() >= 2;
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    private static float[] decode(Path wav, FileChannel ch, long start, long length, Format f, boolean monoPcm16Only)
            throws IOException {
        boolean pcm16 = f.pcm16();
        boolean float32 = f.format() == 3 && f.bits() == 32;
        if (monoPcm16Only && (!pcm16 || f.channels() != 1 || f.rate() != SAMPLE_RATE)) {
            throw new IOException("expected 16-bit PCM mono 16 kHz WAV, got format " + f.format() + ", " + f.bits()
                    + " bits, " + f.channels() + " channels, " + f.rate() + " Hz: " + wav);
        }
        if (f.rate() != SAMPLE_RATE) {
            throw new IOException(wav + ": " + f.rate() + " Hz; the analysis needs 16 kHz (the segmenter's audio"
                    + " track)");
        }
        if (f.channels() < 1) {
            throw new IOException(wav + ": no channels");
        }
        if (!pcm16 && !float32) {
            throw new IOException(wav + ": unsupported WAV encoding (format " + f.format() + ", " + f.bits()
                    + " bits); expected 16-bit PCM or 32-bit float");
        }
        int bytesPerSample = f.bits() / 8;
        int bytesPerFrame = f.channels() * bytesPerSample;
        long frames = length / bytesPerFrame;
        if (frames > Integer.MAX_VALUE) {
            throw new IOException(wav + ": too long (" + frames + " samples)");
        }
        float[] samples = new float[(int) frames];
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK - CHUNK % bytesPerFrame).order(ByteOrder.LITTLE_ENDIAN);
        long pos = start;
        int n = 0;
        while (n < frames) {
            chunk.clear();
            chunk.limit((int) Math.min(chunk.capacity(), (frames - n) * bytesPerFrame));
            while (chunk.hasRemaining()) {
                if (ch.read(chunk, pos + chunk.position()) < 0) {
                    break;
                }
            }
            int got = chunk.position() / bytesPerFrame;
            if (got == 0) {
                break;
            }
            pos += (long) got * bytesPerFrame;
            for (int frame = 0; frame < got; frame++) {
                float sum = 0;
                for (int c = 0; c < f.channels(); c++) {
                    int at = frame * bytesPerFrame + c * bytesPerSample;
                    sum += pcm16 ? chunk.getShort(at) / 32768f : chunk.getFloat(at);
                }
                samples[n++] = f.channels() == 1 ? sum : sum / f.channels();
            }
        }
        return n == samples.length ? samples : Arrays.copyOf(samples, n);
    }

    private static ByteBuffer readAt(FileChannel ch, long pos, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(Math.max(0, length)).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining() && ch.read(b, pos + b.position()) >= 0) {
            // fill
        }
        b.flip();
        return b;
    }
}
