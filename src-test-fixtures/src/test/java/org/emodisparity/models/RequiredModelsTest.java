package org.emodisparity.models;

import static org.emodisparity.models.CatalogJson.file;
import static org.emodisparity.models.CatalogJson.model;
import static org.emodisparity.models.CatalogJson.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredModelsTest {
    @TempDir
    Path modelsDir;

    private ModelRepository repository;
    private final byte[] content = "model".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void catalog() throws Exception {
        ObjectNode m = model("needed", "face-emotion", "onnx", "default", source("npm", "fake@1"));
        file(m, "m.onnx", "package/m.onnx", FileDigest.sha256(content));
        repository = new ModelRepository(modelsDir, CatalogJson.catalog(m));
    }

    @Test
    void anAbsentModelSkipsWithTheInstallCommandUnlessRequired() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> RequiredModels.assumeOrFail(repository, "needed", false));
        assertTrue(skipped.getMessage().contains("models install --profile default"), skipped.getMessage());
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> RequiredModels.assumeOrFail(repository, "needed", true));
        assertTrue(failed.getMessage().contains(RequiredModels.REQUIRE_ENV), failed.getMessage());
    }

    @Test
    void anInstalledModelIsReturnedAndACorruptOneAlwaysFails() throws Exception {
        Files.createDirectories(modelsDir.resolve("needed"));
        Files.write(modelsDir.resolve("needed/m.onnx"), content);
        assertEquals("needed", RequiredModels.assumeOrFail(repository, "needed", false).id());
        Files.writeString(modelsDir.resolve("needed/m.onnx"), "other");
        assertThrows(ModelIntegrityException.class, () -> RequiredModels.assumeOrFail(repository, "needed", false));
    }
}
