package org.emodisparity.speech.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emodisparity.models.onnx.OnnxDataType;
import org.emodisparity.models.onnx.OnnxGraphBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model location and loading errors; needs no installed model. */
class SileroVadLoadingTest {
    @Test
    void theModelsDirectoryPropertyOverridesTheDefault(@TempDir Path dir) {
        String before = System.getProperty("emodisparity.models.dir");
        System.setProperty("emodisparity.models.dir", dir.toString());
        try {
            assertEquals(dir.resolve("silero-vad/silero_vad.onnx"), SileroModel.defaultModelFile());
        } finally {
            if (before == null) {
                System.clearProperty("emodisparity.models.dir");
            } else {
                System.setProperty("emodisparity.models.dir", before);
            }
        }
    }

    @Test
    void aMissingOrBrokenModelIsReported(@TempDir Path dir) throws IOException {
        assertThrows(IllegalArgumentException.class, () -> SileroVad.load(dir.resolve("missing.onnx")));
        Path text = Files.writeString(dir.resolve("silero_vad.onnx"), "not a model");
        assertThrows(IllegalStateException.class, () -> SileroVad.load(text));
    }

    @Test
    void anOnnxModelThatIsNotSileroIsRejected(@TempDir Path dir) throws IOException {
        OnnxGraphBuilder g = new OnnxGraphBuilder("relu");
        g.input("x", OnnxDataType.FLOAT, 1, 4);
        g.node("Relu", List.of("x"), "y");
        g.output("y", OnnxDataType.FLOAT, 1, 4);
        Path model = dir.resolve("relu.onnx");
        g.writeModel(model, "test", "1", Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SileroVad.load(model));
        assertTrue(e.getMessage().contains("not a Silero VAD v5 model"), e.getMessage());
    }
}
