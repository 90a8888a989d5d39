package org.emodisparity.speech.emotion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.TimeWindow;

/**
 * The speech emotion of one phrase, or why it was not classified.
 *
 * @param phrase                  the analysed span (a phrase reaching past the audio is cut at its end)
 * @param modelId                 the catalog model that produced (or would have produced) the numbers
 * @param distribution            canonical distribution: the duration-weighted mean over the chunks; null if skipped
 * @param modelLabelProbabilities the same in the model's own labels, in model order; empty if skipped
 * @param chunks                  clips the phrase was cut into (0 if skipped)
 * @param skipReason              why the phrase was not classified; null if it was
 */
public record PhraseEmotion(TimeWindow phrase, String modelId, EmotionDistribution distribution,
        Map<String, Double> modelLabelProbabilities, int chunks, String skipReason) {

    public PhraseEmotion {
        if ((distribution == null) == (skipReason == null)) {
            throw new IllegalArgumentException("a phrase has either a distribution or a skip reason");
        }
        modelLabelProbabilities = Collections.unmodifiableMap(new LinkedHashMap<>(modelLabelProbabilities));
    }

    static PhraseEmotion classified(TimeWindow phrase, String modelId, EmotionDistribution distribution,
            Map<String, Double> modelLabelProbabilities, int chunks) {
        return new PhraseEmotion(phrase, modelId, distribution, modelLabelProbabilities, chunks, null);
    }

    static PhraseEmotion skipped(TimeWindow phrase, String modelId, String reason) {
        return new PhraseEmotion(phrase, modelId, null, Map.of(), 0, reason);
    }

    public boolean isClassified() {
        return distribution != null;
    }
}
