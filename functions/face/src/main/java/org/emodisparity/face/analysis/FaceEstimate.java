package org.emodisparity.face.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.EmotionDistribution;

/**
 * One face in one frame as a model family sees it.
 *
 * @param box                 face box in frame pixels
 * @param detectionConfidence the detector's probability that this is a face, in [0, 1]
 * @param modelScores         the emotion model's probabilities per its own labels, in model output order
 * @param emotions            the same mapped onto the canonical labels
 * @param modelIds            catalog ids of the models that produced this estimate (detector first)
 */
public record FaceEstimate(FaceBox box, double detectionConfidence, Map<String, Double> modelScores,
                           EmotionDistribution emotions, List<String> modelIds) {

    public FaceEstimate {
        modelScores = Collections.unmodifiableMap(new LinkedHashMap<>(modelScores));
        modelIds = List.copyOf(modelIds);
    }

    /** The same estimate with its box multiplied by {@code factor} (frame pixels to source pixels). */
    public FaceEstimate scaled(double factor) {
        return factor == 1 ? this : new FaceEstimate(box.scaled(factor), detectionConfidence, modelScores, emotions,
                modelIds);
    }

    /** Model label -> probability, in the order of {@code labels}. */
    static Map<String, Double> scores(List<String> labels, float[] probabilities) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            m.put(labels.get(i), (double) probabilities[i]);
        }
        return m;
    }
}
