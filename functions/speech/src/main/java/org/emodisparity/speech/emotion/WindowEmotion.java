package org.emodisparity.speech.emotion;

import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.TimeWindow;

/**
 * The speech emotion of one time unit: the overlap-weighted mean of the distributions of the phrases overlapping it.
 * A window without a classified phrase has no distribution, top label or confidence, and a note saying why; it is
 * never filled with a guess.
 *
 * @param modelId       the catalog model behind the numbers (also on windows without them)
 * @param distribution  canonical distribution, or null
 * @param top           most probable canonical label, or null
 * @param confidence    probability of {@code top}, or null
 * @param phrases       classified phrases that overlap the window
 * @param speechSeconds seconds of the window covered by those phrases
 * @param note          null when there is a distribution; {@value #NO_SPEECH}, or why the speech was not classified
 */
public record WindowEmotion(TimeWindow window, String modelId, EmotionDistribution distribution, Emotion top,
        Double confidence, int phrases, double speechSeconds, String note) {
    public static final String NO_SPEECH = "no speech";

    public WindowEmotion {
        if ((distribution == null) == (note == null)) {
            throw new IllegalArgumentException("a window has either a distribution or a note");
        }
    }

    static WindowEmotion of(TimeWindow window, String modelId, EmotionDistribution distribution, int phrases,
            double speechSeconds) {
        Emotion top = distribution.top();
        return new WindowEmotion(window, modelId, distribution, top, distribution.probability(top), phrases,
                speechSeconds, null);
    }

    static WindowEmotion without(TimeWindow window, String modelId, String note) {
        return new WindowEmotion(window, modelId, null, null, null, 0, 0, note);
    }

    public boolean hasEstimate() {
        return distribution != null;
    }
}
