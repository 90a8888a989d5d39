package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emodisparity.models.ModelCatalog;
import org.junit.jupiter.api.Test;

/**
 * The face models come from configuration, and the catalog task of the configured detector chooses how faces are
 * read: a face detector is followed by the configured classifier, a YOLO emotion detector reads them alone. Ids of
 * the wrong task, or not in the catalog, are refused with the property's name.
 */
class FaceModelsConfiguredTest {
    final ModelCatalog catalog = ModelCatalog.load();
    final FaceAnalysisSettings base = FaceAnalysisSettings.defaults();

    @Test
    void aFaceDetectorIsFollowedByTheConfiguredClassifier() {
        FaceAnalysisSettings s = FaceModels.configured(base, catalog, "blazeface-front-128", "fer-mini-xception");
        assertEquals(FaceModelFamily.BLAZEFACE_FER, s.family());
        assertEquals(BlazeFaceVariant.FRONT_128, s.blazeFace().variant());
        assertEquals("fer-mini-xception", s.fer().modelId());
        FaceAnalysisSettings defaults = FaceModels.configured(base, catalog, "blazeface-back-256", "fer-mini-xception");
        assertEquals(base, defaults, "the defaults are today's models");
    }

    @Test
    void aYoloEmotionDetectorReadsTheFacesAlone() {
        FaceAnalysisSettings s = FaceModels.configured(base, catalog, "yolo-face-emotion", "fer-mini-xception");
        assertEquals(FaceModelFamily.YOLO_EMOTION, s.family());
        assertEquals("yolo-face-emotion", s.yolo().modelId());
    }

    @Test
    void modelsOfTheWrongTaskOrOutsideTheCatalogAreRefused() {
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> FaceModels.configured(base, catalog, "goemotions-xed-bge-small-head", "fer-mini-xception"));
        assertTrue(text.getMessage().contains("emodisparity.face.detector-model=goemotions-xed-bge-small-head is a "
                + "text-emotion model"), text.getMessage());
        IllegalArgumentException classifier = assertThrows(IllegalArgumentException.class,
                () -> FaceModels.configured(base, catalog, "blazeface-back-256", "blazeface-front-128"));
        assertTrue(classifier.getMessage().contains("emodisparity.face.emotion-model=blazeface-front-128 is a "
                + "face-detection model"), classifier.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> FaceModels.configured(base, catalog, "no-such-model", "fer-mini-xception"));
        assertTrue(unknown.getMessage().contains("not in the model catalog"), unknown.getMessage());
    }
}
