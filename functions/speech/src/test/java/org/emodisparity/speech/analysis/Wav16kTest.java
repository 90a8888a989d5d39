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
import org.emodisparity.model.audio.Wav16k;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Wav16kTest {
    @TempDir
    Path dir;

    @Test
    void readsSixteenBitMonoAt16kHz() throws IOException {
        Path wav = write(new short[] {0, 16384, -32768, 32767}, 16000, 1);
        assertArrayEquals(new float[] {0f, 0.5f, -1f, 32767 / 32768f}, Wav16k.readMono(wav));
    }

    @Test
    void readsTheSharedSpeechClip() throws IOException {
        assertEquals(11.0, Pcm16k.duration(Wav16k.readMono(SpeechClips.jfk().path())), 1e-9);
    }

    @Test
    void rejectsOtherFormatsInsteadOfConverting() throws IOException {
        Path eightKilohertz = write(new short[100], 8000, 1);
        Path stereo = write(new short[100], 16000, 2);
        assertThrows(IOException.class, () -> Wav16k.readMono(eightKilohertz));
        assertThrows(IOException.class, () -> Wav16k.readMono(stereo));
        assertThrows(IOException.class, () -> Wav16k.readMono(Files.writeString(dir.resolve("x.wav"), "not a wav")));
    }

    @Test
    void mixesChannelsDownOnlyWhenAsked() throws IOException {
        Path stereo = write(new short[] {16384, 0, -16384, -16384}, 16000, 2);
        assertArrayEquals(new float[] {0.25f, -0.5f}, Wav16k.readMixedDown(stereo));
        assertThrows(IOException.class, () -> Wav16k.readMixedDown(write(new short[4], 8000, 1)));
    }

    @Test
    void aStreamedWavWithoutItsDataSizeIsReadToTheEndOfTheFile() throws IOException {
        Path wav = write(new short[] {0, 16384, -32768, 32767}, 16000, 1);
        byte[] bytes = Files.readAllBytes(wav);
        for (long size : new long[] {0, 0xFFFFFFFFL}) {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 12; i + 8 <= bytes.length; i++) {
                if (b.getInt(i) == 0x61746164 /* "data" */) {
                    b.putInt(i + 4, (int) size);
                    break;
                }
            }
            Path streamed = Files.write(dir.resolve("streamed-" + size + ".wav"), bytes);
            assertArrayEquals(new float[] {0f, 0.5f, -1f, 32767 / 32768f}, Wav16k.readMono(streamed));
        }
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
