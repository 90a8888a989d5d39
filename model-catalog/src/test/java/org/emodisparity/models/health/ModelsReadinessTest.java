package org.emodisparity.models.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.models.ModelRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readiness of a function's models, on a real models directory with the committed vocal arousal model
 * (the catalog pins its SHA-256): missing → DOWN, installed → UP, corrupt → DOWN with the reason, removed after a
 * successful check → DOWN again.
 */
class ModelsReadinessTest {
    private static final String MODEL = "vocal-arousal-lr-emodb4";
    private static final String FILE = "arousal-model.json";

    @TempDir
    Path modelsDir;

    private ModelsReadiness readiness(String... ids) {
        return new ModelsReadiness(new ModelRepository(modelsDir, ModelCatalog.load()), List.of(ids));
    }

    private Path install() throws IOException {
        Path target = modelsDir.resolve(MODEL).resolve(FILE);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream(
                "/org/emodisparity/models/repository/" + MODEL + "/" + FILE)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void missingModelIsNotReadyAndSaysHowToInstall() {
        Map<String, String> states = readiness(MODEL).check();
        assertFalse(ModelsReadiness.ready(states));
        assertTrue(states.get(MODEL).startsWith("missing; run: models install --profile default"), states.toString());
    }

    @Test
    void installedModelIsReadyAndStaysReadyUntilAFileDisappears() throws IOException {
        Path file = install();
        ModelsReadiness r = readiness(MODEL);
        assertEquals(Map.of(MODEL, ModelsReadiness.INSTALLED), r.check());
        assertTrue(ModelsReadiness.ready(r.check()));
        Files.delete(file);
        Map<String, String> after = r.check();
        assertFalse(ModelsReadiness.ready(after));
        assertEquals("missing " + FILE, after.get(MODEL));
    }

    @Test
    void corruptModelIsNotReady() throws IOException {
        Path file = install();
        Files.writeString(file, "{}");
        Map<String, String> states = readiness(MODEL).check();
        assertFalse(ModelsReadiness.ready(states));
        assertTrue(states.get(MODEL).startsWith("corrupt"), states.toString());
    }

    @Test
    void unknownIdIsNotReadyAndNoRequiredModelsIsReady() {
        assertEquals(Map.of("no-such-model", "unknown model id"), readiness("no-such-model").check());
        assertTrue(ModelsReadiness.ready(readiness().check()));
    }

    /** The API's plain response, as SmallRye Health builds it (no provider on this module's test classpath). */
    private static final class PlainBuilder extends HealthCheckResponseBuilder {
        private String name;
        private HealthCheckResponse.Status status = HealthCheckResponse.Status.DOWN;
        private final Map<String, Object> data = new java.util.LinkedHashMap<>();

        @Override public HealthCheckResponseBuilder name(String n) { name = n; return this; }
        @Override public HealthCheckResponseBuilder withData(String k, String v) { data.put(k, v); return this; }
        @Override public HealthCheckResponseBuilder withData(String k, long v) { data.put(k, v); return this; }
        @Override public HealthCheckResponseBuilder withData(String k, boolean v) { data.put(k, v); return this; }
        @Override public HealthCheckResponseBuilder up() { return status(true); }
        @Override public HealthCheckResponseBuilder down() { return status(false); }
        @Override public HealthCheckResponseBuilder status(boolean up) {
            status = up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN;
            return this;
        }
        @Override public HealthCheckResponse build() {
            return new HealthCheckResponse(name, status, java.util.Optional.of(data));
        }
    }

    @Test
    void healthCheckReportsEachModelAsData() throws IOException {
        HealthCheckResponse.setResponseProvider(PlainBuilder::new);
        install();
        HealthCheckResponse up = new RequiredModelsHealthCheck(readiness(MODEL)).call();
        assertEquals(HealthCheckResponse.Status.UP, up.getStatus());
        assertEquals(RequiredModelsHealthCheck.NAME, up.getName());
        assertEquals(ModelsReadiness.INSTALLED, up.getData().orElseThrow().get(MODEL));
        HealthCheckResponse down = new RequiredModelsHealthCheck(readiness(MODEL, "silero-vad")).call();
        assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
    }
}
