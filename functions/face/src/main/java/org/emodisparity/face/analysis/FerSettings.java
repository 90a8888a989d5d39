package org.emodisparity.face.analysis;

import java.util.List;

/**
 * How detected faces are cropped for the FER classifier.
 *
 * @param cropMargins one square crop per margin (0.1 = 10 % wider than the detector box); the classifier's
 *                    probabilities are averaged over them. The model is sensitive to the exact crop; default
 *                    0.05 and 0.15: on the shared photos single margins of 0 to 0.1 worked best, on the shared
 *                    videos (smaller faces) 0.1 to 0.2; the pair did well on both (chosen on those same files)
 * @param alignEyes   rotate the crops so the eyes are level (in-plane alignment from the detector's eye key points)
 * @param maxBatch    most crops per inference call
 * @param modelId     the catalog id of the classifier (task {@code face-emotion}; default
 *                    {@value FerEmotionClassifier#MODEL_ID})
 */
public record FerSettings(List<Double> cropMargins, boolean alignEyes, int maxBatch, String modelId) {

    public static FerSettings defaults() {
        return new FerSettings(List.of(0.05, 0.15), true, 32, FerEmotionClassifier.MODEL_ID);
    }

    public FerSettings {
        cropMargins = List.copyOf(cropMargins);
        if (cropMargins.isEmpty() || cropMargins.stream().anyMatch(m -> !(m > -0.5)) || maxBatch < 1
                || modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("need at least one crop margin > -0.5, maxBatch >= 1 and a model id");
        }
    }

    public FerSettings withCropMargins(Double... margins) {
        return new FerSettings(List.of(margins), alignEyes, maxBatch, modelId);
    }

    public FerSettings withAlignEyes(boolean align) {
        return new FerSettings(cropMargins, align, maxBatch, modelId);
    }

    public FerSettings withModel(String id) {
        return new FerSettings(cropMargins, alignEyes, maxBatch, id);
    }
}
