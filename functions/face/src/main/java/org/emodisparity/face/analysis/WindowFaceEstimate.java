package org.emodisparity.face.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.TimeWindow;

/**
 * The client's facial emotion over one time window.
 *
 * @param status                  {@link WindowFaceStatus#NO_FACE} when no sampled frame showed the client's face
 * @param emotions                mean of the per-frame canonical distributions; empty when there is no face
 * @param modelScores             mean of the per-frame probabilities per model label; empty when there is no face
 * @param meanDetectionConfidence mean detector confidence over the frames used; 0 when there is no face
 * @param framesUsed              sampled frames of this window in which the client's face was found
 * @param framesSampled           sampled frames inside this window
 */
public record WindowFaceEstimate(TimeWindow window, WindowFaceStatus status, EmotionDistribution emotions,
                                 Map<String, Double> modelScores, double meanDetectionConfidence, int framesUsed,
                                 int framesSampled) {

    public WindowFaceEstimate {
        modelScores = Collections.unmodifiableMap(new LinkedHashMap<>(modelScores));
    }

    public static WindowFaceEstimate noFace(TimeWindow window, int framesSampled) {
        return new WindowFaceEstimate(window, WindowFaceStatus.NO_FACE, new EmotionDistribution(Map.of()), Map.of(), 0,
                0, framesSampled);
    }

    public boolean hasFace() {
        return status == WindowFaceStatus.FACE;
    }

    /** The most probable canonical label; empty for a window without a face (never a guessed label). */
    public Optional<Emotion> top() {
        return hasFace() ? Optional.of(emotions.top()) : Optional.empty();
    }
}
