package org.emodisparity.speech.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsSixteenBitMonoAt16kHz() throws IOException {
        Path wav = write(new short[] {0, 16384, -32768, 32767}, 16000, 1);
        assertArrayEquals(new float[] {0f, 0.5f, -1f, 32767 / 32768f}, WavReader.read(wav));
    }

    @Test
    void readsTheSharedSpeechClip() throws IOException {
        assertEquals(11.0, Pcm16k.duration(WavReader.read(SpeechClips.jfk().path())), 1e-9);
    }

    @Test
    void rejectsOtherFormatsInsteadOfConverting() throws IOException {
        Path eightKilohertz = write(new short[100], 8000, 1);
        Path stereo = write(new short[100], 16000, 2);
        assertThrows(IOException.class, () -> WavReader.read(eightKilohertz));
        assertThrows(IOException.class, () -> WavReader.read(stereo));
        assertThrows(IOException.class, () -> WavReader.read(Files.writeString(dir.resolve("x.wav"), "not a wav")));
    }

    private Path write(short[] samples, int rate, int channels) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            bytes.putShort(s);
        }
        AudioFormat format = new AudioFormat(rate, 16, channels, true, false);
        Path out = dir.resolve("t" + rate + "-" + channels + ".wav");
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes.array()), format,
                samples.length / channels)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out.toFile());
        }
        return out;
    }
}
