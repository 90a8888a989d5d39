package org.emodisparity.face.analysis;

import java.nio.file.Path;
import java.util.List;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.onnx.OrtSessionSettings;

/** Opens the configured model family from the installed (checksum-verified) models. */
public final class FaceModels {
    private FaceModels() {
    }

    /**
     * @throws IllegalStateException when a model is not installed (the message says how to install it)
     */
    public static FrameFaceAnalyzer open(ModelRepository models, FaceAnalysisSettings settings) {
        return switch (settings.family()) {
            case BLAZEFACE_FER -> openBlazeFaceFer(models, settings.blazeFace(), settings.fer(), settings.ort());
            case YOLO_EMOTION -> {
                InstalledModel yolo = models.require(settings.yolo().modelId());
                yield new YoloEmotionDetector(yolo.file(yolo.entry().files().get(0).name()), settings.yolo(),
                        settings.ort());
            }
        };
    }

    public static BlazeFaceFerAnalyzer openBlazeFaceFer(ModelRepository models, BlazeFaceSettings detectorSettings,
                                                        FerSettings ferSettings, OrtSessionSettings ort) {
        BlazeFaceVariant variant = detectorSettings.variant();
        Path detectorFile = models.require(variant.modelId()).file(variant.fileName());
        InstalledModel fer = models.require(FerEmotionClassifier.MODEL_ID);
        ModelEntry entry = fer.entry();
        List<String> labels = entry.labels().isEmpty() ? FerEmotionClassifier.LABELS : entry.labels();
        LabelMapping mapping = entry.output().mapping().orElse(LabelMapping.FER2013);
        BlazeFaceDetector detector = new BlazeFaceDetector(detectorFile, detectorSettings, ort);
        try {
            FerEmotionClassifier classifier = new FerEmotionClassifier(fer.file(FerEmotionClassifier.FILE_NAME),
                    fer.id(), labels, mapping, ort, ferSettings.maxBatch());
            return new BlazeFaceFerAnalyzer(detector, classifier, ferSettings);
        } catch (RuntimeException e) {
            detector.close();
            throw e;
        }
    }

    /** YOLO settings whose labels and mapping table are those of a catalog entry (its data.yaml order). */
    public static YoloSettings yoloSettingsFor(ModelEntry entry, YoloSettings base) {
        LabelMapping mapping = entry.output().mapping().orElse(base.mapping());
        List<String> labels = entry.labels().isEmpty() ? base.labels() : entry.labels();
        return base.withModel(entry.id(), labels, mapping);
    }
}
