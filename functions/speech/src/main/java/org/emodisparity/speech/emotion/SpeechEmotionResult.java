package org.emodisparity.speech.emotion;

import java.util.List;

/**
 * Speech emotion of one session: per phrase, and per time unit.
 *
 * @param modelId           the catalog model used
 * @param executionProvider where it ran ("CPU", "CUDA:0")
 */
public record SpeechEmotionResult(String modelId, String executionProvider, List<PhraseEmotion> phrases,
        List<WindowEmotion> windows) {
    public SpeechEmotionResult {
        phrases = List.copyOf(phrases);
        windows = List.copyOf(windows);
    }
}
