package org.emodisparity.speech.emotion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.TimeWindow;

/** Spreads phrase distributions over time windows: each window gets the overlap-weighted mean of its phrases. */
public final class WindowAggregation {
    private WindowAggregation() {
    }

    public static List<WindowEmotion> perWindow(String modelId, List<PhraseEmotion> phrases, List<TimeWindow> windows) {
        List<WindowEmotion> out = new ArrayList<>(windows.size());
        for (TimeWindow window : windows) {
            out.add(window(modelId, phrases, window));
        }
        return out;
    }

    private static WindowEmotion window(String modelId, List<PhraseEmotion> phrases, TimeWindow window) {
        Map<Emotion, Double> sums = new EnumMap<>(Emotion.class);
        int used = 0;
        double seconds = 0;
        String skipReason = null;
        for (PhraseEmotion phrase : phrases) {
            double overlap = window.overlap(phrase.phrase().start(), phrase.phrase().end());
            if (overlap <= 0) {
                continue;
            }
            if (!phrase.isClassified()) {
                skipReason = skipReason != null ? skipReason : phrase.skipReason();
                continue;
            }
            // Each distribution sums to 1, so weight × probability summed and renormalised is the weighted mean.
            phrase.distribution().probabilities().forEach((e, p) -> sums.merge(e, overlap * p, Double::sum));
            used++;
            seconds += overlap;
        }
        if (used == 0) {
            String note = skipReason == null ? WindowEmotion.NO_SPEECH : "speech not classified: " + skipReason;
            return WindowEmotion.without(window, modelId, note);
        }
        return WindowEmotion.of(window, modelId, new EmotionDistribution(sums), used, seconds);
    }
}
