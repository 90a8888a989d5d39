package org.emodisparity.transcript.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;

/**
 * Maps sentences onto the session's analysis windows. A sentence counts in every window its time span overlaps,
 * weighted by the seconds of overlap, so a long sentence that straddles two 2.5 s windows informs both, and a
 * window mostly covered by one sentence is mostly that sentence's emotion. A zero-length sentence (a cue with equal
 * start and end) counts, with a tiny weight, in the windows that contain its instant.
 */
public final class SentenceWindows {
    private SentenceWindows() {
    }

    public static List<WindowTextEmotion> map(List<AnalysedSentence> sentences, WindowPlan plan) {
        return map(sentences, plan.windows());
    }

    public static List<WindowTextEmotion> map(List<AnalysedSentence> sentences, List<TimeWindow> windows) {
        List<WindowTextEmotion> out = new ArrayList<>(windows.size());
        for (TimeWindow w : windows) {
            Map<Emotion, Double> sum = new EnumMap<>(Emotion.class);
            List<Integer> indices = new ArrayList<>();
            double covered = 0;
            for (AnalysedSentence s : sentences) {
                double overlap = w.overlap(s.start(), s.end());
                double weight = w.weightOf(s.start(), s.end());
                if (weight <= 0) {
                    continue;
                }
                indices.add(s.index());
                covered += overlap;
                if (s.emotion() != null) {
                    for (Map.Entry<Emotion, Double> e : s.emotion().canonical().probabilities().entrySet()) {
                        sum.merge(e.getKey(), weight * e.getValue(), Double::sum);
                    }
                }
            }
            // EmotionDistribution normalises the weighted sum, i.e. divides by the total weight.
            out.add(new WindowTextEmotion(w, new EmotionDistribution(sum), indices, Math.min(covered, w.duration())));
        }
        return out;
    }
}
