package org.emodisparity.transcript.analysis;

import java.io.IOException;
import java.nio.file.Path;
import org.emodisparity.model.audio.Wav16k;

/**
 * 16 kHz mono float PCM in [-1, 1], what Whisper takes: read from a WAV file (the segmenter's audio track) by the
 * pipeline's one WAV reader ({@link Wav16k#readMixedDown}: 16-bit integer or 32-bit float samples; several channels
 * are averaged). Any other rate is an error rather than a silent resample, because a wrong rate would go unnoticed
 * in the transcript's timestamps.
 */
public record MonoAudio16k(float[] samples) {
    public static final int SAMPLE_RATE = Wav16k.SAMPLE_RATE;

    public double durationSeconds() {
        return samples.length / (double) SAMPLE_RATE;
    }

    public static MonoAudio16k readWav(Path wav) throws IOException {
        return new MonoAudio16k(Wav16k.readMixedDown(wav));
    }
}
