package org.emodisparity.speech.analysis;

import java.util.List;

/** Finds the speech in 16 kHz mono PCM. {@link SileroVad} is the implementation; tests may supply others. */
@FunctionalInterface
public interface VoiceActivityDetector {
    /** Speech regions in time order, not overlapping, within [0, duration of {@code pcm}]. */
    List<SpeechRegion> detect(float[] pcm);
}
