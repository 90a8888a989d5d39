package org.emodisparity.speech.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Reads 16-bit PCM mono 16 kHz WAV files; anything else is rejected rather than silently converted. */
public final class WavReader {
    private WavReader() {
    }

    /** The samples scaled to [-1, 1). */
    public static float[] read(Path wav) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            if (f.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || f.getSampleSizeInBits() != 16
                    || f.getChannels() != 1 || Math.round(f.getSampleRate()) != Pcm16k.SAMPLE_RATE) {
                throw new IOException("expected 16-bit PCM mono 16 kHz WAV, got " + f + ": " + wav);
            }
            // decoded chunk by chunk into the one array the analysis keeps: a 3-hour session's WAV (345 MB) is
            // never held as bytes beside its samples
            long frames = in.getFrameLength();
            float[] pcm = new float[frames > 0 && frames <= Integer.MAX_VALUE ? (int) frames : 1 << 16];
            ByteOrder order = f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            byte[] chunk = new byte[1 << 16];
            int n = 0;
            int pending = 0; // a byte left over when a read ends inside a sample
            int read;
            while ((read = in.read(chunk, pending, chunk.length - pending)) > 0) {
                int available = pending + read;
                int samples = available / 2;
                if (n + samples > pcm.length) {
                    pcm = Arrays.copyOf(pcm, Math.max(n + samples, pcm.length * 2));
                }
                ByteBuffer bytes = ByteBuffer.wrap(chunk, 0, samples * 2).order(order);
                for (int i = 0; i < samples; i++) {
                    pcm[n++] = bytes.getShort() / 32768f;
                }
                pending = available - samples * 2;
                if (pending > 0) {
                    chunk[0] = chunk[samples * 2];
                }
            }
            if (n != pcm.length) {
                pcm = Arrays.copyOf(pcm, n);
            }
            return pcm;
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("not a readable WAV file: " + wav, e);
        }
    }
}
