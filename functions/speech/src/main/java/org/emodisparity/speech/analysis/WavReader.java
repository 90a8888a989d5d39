package org.emodisparity.speech.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
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
            ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes())
                    .order(f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            float[] pcm = new float[bytes.remaining() / 2];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = bytes.getShort() / 32768f;
            }
            return pcm;
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("not a readable WAV file: " + wav, e);
        }
    }
}
