package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.RequiredModels;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.junit.jupiter.api.Test;

class FerEmotionClassifierCudaFallbackTest {

    @Test
    void cudaRequestFallsBackToCpuWhenTheRuntimeHasNoCuda() {
        InstalledModel fer = RequiredModels.assumeOrFail(FerEmotionClassifier.MODEL_ID);
        OrtSessionSettings cuda = OrtSessionSettings.defaults().withCuda(true, 0);
        try (FerEmotionClassifier classifier = new FerEmotionClassifier(fer.file(FerEmotionClassifier.FILE_NAME),
                fer.id(), FerEmotionClassifier.LABELS, org.emodisparity.model.LabelMapping.FER2013, cuda, 8)) {
            // the CPU-only onnxruntime artifact gives "CPU"; a CUDA build on a GPU machine would give "CUDA:0"
            assertTrue(List.of("CPU", "CUDA:0").contains(classifier.provider()), classifier.provider());
            float[] grey = new float[64 * 64 * 3];
            java.util.Arrays.fill(grey, 0.5f);
            float[] p = classifier.classify(List.of(grey)).get(0);
            assertEquals(7, p.length);
        }
    }
}
