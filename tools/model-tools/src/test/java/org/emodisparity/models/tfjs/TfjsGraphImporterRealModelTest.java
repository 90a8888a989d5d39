package org.emodisparity.models.tfjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.emodisparity.models.FaceCrops;
import org.emodisparity.models.FileDigest;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.OnnxRun;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;

/** The importer on the real installed fer-mini-xception TF.js graph. */
class TfjsGraphImporterRealModelTest {

    @Test
    void reimportingTheInstalledGraphReproducesThePinnedOnnxBytes() throws Exception {
        InstalledModel fer = RequiredModels.assumeOrFail("fer-mini-xception");
        byte[] onnx = TfjsGraphImporter.toOnnx(fer.file("emotion.json"));
        assertEquals(fer.entry().file("emotion.onnx").sha256(), FileDigest.sha256(onnx));
        assertEquals(fer.entry().file("emotion.onnx").size().longValue(), onnx.length);
    }

    @Test
    void theImportedEmotionModelMatchesTheReferenceOnRandomAndRealFaces() throws Exception {
        InstalledModel fer = RequiredModels.assumeOrFail("fer-mini-xception");
        TfjsGraphModel graph = TfjsGraphModel.read(fer.file("emotion.json"));
        byte[] onnx = java.nio.file.Files.readAllBytes(fer.file("emotion.onnx"));
        TfjsReferenceEvaluator reference = new TfjsReferenceEvaluator(graph);

        List<float[]> inputs = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 4; i++) {
            float[] x = new float[64 * 64];
            for (int j = 0; j < x.length; j++) {
                x[j] = random.nextFloat() * 2 - 1;
            }
            inputs.add(x);
        }
        Path faces = FaceCrops.sharedFaces().orElse(null);
        if (faces != null) {
            try (FaceCrops crops = new FaceCrops(RequiredModels.assumeOrFail("blazeface-back-256"));
                    Stream<Path> photos = Files.list(faces.resolve("london"))) {
                for (Path photo : photos.filter(p -> p.toString().endsWith(".jpg")).sorted().toList()) {
                    BufferedImage image = FaceCrops.read(photo);
                    inputs.add(FaceCrops.emotionInput(image, crops.detect(image)));
                }
            }
        }
        float[] batch = new float[inputs.size() * 64 * 64];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i), 0, batch, i * 64 * 64, 64 * 64);
        }
        float[] expected = reference.run(Map.of("input_1",
                new TfjsReferenceEvaluator.Tensor(new int[] {inputs.size(), 64, 64, 1}, batch))).get("Identity").data();
        float[] actual = OnnxRun.run(onnx, "input_1", batch, new long[] {inputs.size(), 64, 64, 1}).get("Identity").data();
        double diff = OnnxRun.maxAbsDiff(expected, actual);
        System.out.printf("fer-mini-xception emotion.onnx vs reference on %d inputs (%d real faces): max abs diff %.3g%n",
                inputs.size(), inputs.size() - 4, diff);
        assertTrue(diff <= TfjsGraphImporterTest.TOLERANCE, "max abs diff " + diff);
    }
}
