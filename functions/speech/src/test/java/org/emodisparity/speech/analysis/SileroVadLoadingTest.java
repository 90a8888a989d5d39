package org.emodisparity.speech.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model location and loading errors; needs no installed model. */
class SileroVadLoadingTest {
    @Test
    void theModelsDirectoryPropertyOverridesTheDefault(@TempDir Path dir) {
        String before = System.getProperty("emodisparity.models.dir");
        System.setProperty("emodisparity.models.dir", dir.toString());
        try {
            assertEquals(dir.resolve("silero-vad/silero_vad.onnx"), SileroVad.defaultModelFile());
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
}
