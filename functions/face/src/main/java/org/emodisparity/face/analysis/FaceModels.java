package org.emodisparity.face.analysis;

import java.nio.file.Path;
import java.util.List;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.ModelTask;
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
        InstalledModel fer = models.require(ferSettings.modelId());
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

    /**
     * The settings that configure the face model {@code detectorModel} and, after a face detector, the emotion
     * classifier {@code emotionModel}: the family is chosen by the detector's catalog task ({@code face-detection}:
     * a BlazeFace detector followed by the classifier; {@code face-yolo-emotion}: one YOLO detector whose classes are
     * emotions), never by its id.
     *
     * @throws IllegalArgumentException when an id is not in the catalog or its task does not fit its place
     */
    public static FaceAnalysisSettings configured(FaceAnalysisSettings base, ModelCatalog catalog, String detectorModel,
                                                  String emotionModel) {
        ModelEntry detector = entry(catalog, detectorModel, "detector-model");
        return switch (detector.task()) {
            case FACE_DETECTION -> {
                ModelEntry classifier = entry(catalog, emotionModel, "emotion-model");
                if (classifier.task() != ModelTask.FACE_EMOTION) {
                    throw new IllegalArgumentException("emodisparity.face.emotion-model=" + emotionModel + " is a "
                            + classifier.task().label() + " model; the classifier after a face detector needs a "
                            + ModelTask.FACE_EMOTION.label() + " model");
                }
                yield base.withFamily(FaceModelFamily.BLAZEFACE_FER)
                        .withBlazeFace(base.blazeFace().withVariant(BlazeFaceVariant.of(detector)))
                        .withFer(base.fer().withModel(classifier.id()));
            }
            case FACE_YOLO_EMOTION -> base.withFamily(FaceModelFamily.YOLO_EMOTION)
                    .withYolo(yoloSettingsFor(detector, base.yolo()));
            default -> throw new IllegalArgumentException("emodisparity.face.detector-model=" + detectorModel
                    + " is a " + detector.task().label() + " model; the face stage needs a "
                    + ModelTask.FACE_DETECTION.label() + " or " + ModelTask.FACE_YOLO_EMOTION.label() + " model");
        };
    }

    private static ModelEntry entry(ModelCatalog catalog, String id, String property) {
        return catalog.find(id).orElseThrow(() -> new IllegalArgumentException("emodisparity.face." + property + "="
                + id + " is not in the model catalog"));
    }

    /** YOLO settings whose labels and mapping table are those of a catalog entry (its data.yaml order). */
    public static YoloSettings yoloSettingsFor(ModelEntry entry, YoloSettings base) {
        LabelMapping mapping = entry.output().mapping().orElse(base.mapping());
        List<String> labels = entry.labels().isEmpty() ? base.labels() : entry.labels();
        return base.withModel(entry.id(), labels, mapping);
    }
}
