package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.emodisparity.models.ModelIntegrityException;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model integrity: the face stage refuses a model whose bytes differ from the catalog's sha256, before any inference. */
class TamperedFaceModelTest {

    @Test
    void aFerModelWhoseChecksumDiffersFromTheCatalogIsRefused(@TempDir Path models) throws Exception {
        RequiredModels.assumeOrFail("fer-mini-xception");
        ModelRepository installed = ModelRepository.atDefaultLocation();
        for (String id : new String[] {FaceAnalysisSettings.defaults().blazeFace().variant().modelId(),
                FerEmotionClassifier.MODEL_ID}) {
            Path target = Files.createDirectories(models.resolve(id));
            try (var files = Files.list(installed.modelDir(id))) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        }
        Path onnx = models.resolve(FerEmotionClassifier.MODEL_ID).resolve(FerEmotionClassifier.FILE_NAME);
        Files.write(onnx, new byte[] {0}, StandardOpenOption.APPEND); // one byte more: a tampered or damaged file

        ModelIntegrityException refused = assertThrows(ModelIntegrityException.class,
                () -> FaceModels.open(new ModelRepository(models), FaceAnalysisSettings.defaults()));
        assertEquals(FerEmotionClassifier.MODEL_ID, refused.modelId());
        assertTrue(refused.getMessage().contains("refusing to load it"), refused.getMessage());
    }
}
