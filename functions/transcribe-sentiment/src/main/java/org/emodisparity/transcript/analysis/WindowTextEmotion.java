package org.emodisparity.transcript.analysis;

import java.util.List;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.TimeWindow;

/**
 * The text modality in one analysis window: the overlap-weighted mean of the canonical distributions of the
 * sentences spoken in it ({@link SentenceWindows}), their indices, and the seconds of the window they cover. A
 * window nobody speaks in has an empty distribution: no text evidence, not "neutral".
 */
public record WindowTextEmotion(TimeWindow window, EmotionDistribution distribution, List<Integer> sentences,
        double speechSeconds) {

    public WindowTextEmotion {
        sentences = List.copyOf(sentences);
    }

    public boolean hasSpeech() {
        return !sentences.isEmpty();
    }
}
