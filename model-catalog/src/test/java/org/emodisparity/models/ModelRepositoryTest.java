package org.emodisparity.models;

import static org.emodisparity.models.CatalogJson.file;
import static org.emodisparity.models.CatalogJson.model;
import static org.emodisparity.models.CatalogJson.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRepositoryTest {
    @TempDir
    Path modelsDir;

    private ModelRepository repository;
    private final byte[] a = "first file".getBytes(StandardCharsets.UTF_8);
    private final byte[] b = "second file".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void catalogWithTwoModels() throws Exception {
        ObjectNode pinned = model("two-files", "face-emotion", "onnx", "default", source("npm", "fake@1"));
        file(pinned, "a.bin", "package/a.bin", FileDigest.sha256(a));
        file(pinned, "b.bin", "package/b.bin", FileDigest.sha256(b));
        ObjectNode unpinned = model("unpinned", "asr", "ggml", "paper", source("url", null));
        file(unpinned, "u.bin", "https://publisher/u.bin", null);
        repository = new ModelRepository(modelsDir, CatalogJson.catalog(pinned, unpinned));
    }

    private void place(String model, String name, byte[] content) throws Exception {
        Files.createDirectories(modelsDir.resolve(model));
        Files.write(modelsDir.resolve(model).resolve(name), content);
    }

    @Test
    void findsAVerifiedModelAndResolvesItsFiles() throws Exception {
        place("two-files", "a.bin", a);
        place("two-files", "b.bin", b);
        InstalledModel m = repository.find("two-files").orElseThrow();
        assertEquals(modelsDir.resolve("two-files/a.bin"), m.file("a.bin"));
        assertEquals("two-files", m.entry().id());
        assertThrows(IllegalArgumentException.class, () -> m.file("c.bin"));
        assertEquals(ModelState.INSTALLED, repository.state(m.entry()));
    }

    @Test
    void aMissingFileMeansNotInstalled() throws Exception {
        place("two-files", "a.bin", a);
        assertTrue(repository.find("two-files").isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> repository.require("two-files"));
        assertTrue(e.getMessage().contains("models install --profile default"), e.getMessage());
    }

    @Test
    void aCorruptFileIsRefusedNamingFileExpectedAndActualHash() throws Exception {
        place("two-files", "a.bin", a);
        place("two-files", "b.bin", "second file, changed".getBytes(StandardCharsets.UTF_8));
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class, () -> repository.find("two-files"));
        String actual = FileDigest.sha256("second file, changed".getBytes(StandardCharsets.UTF_8));
        assertEquals(modelsDir.resolve("two-files/b.bin"), e.file());
        assertEquals(FileDigest.sha256(b), e.expectedSha256());
        assertEquals(actual, e.actualSha256());
        assertTrue(e.getMessage().contains("b.bin") && e.getMessage().contains(FileDigest.sha256(b))
                && e.getMessage().contains(actual), e.getMessage());
    }

    @Test
    void anUnpinnedFileIsRefusedUntilPinnedLocally() throws Exception {
        place("unpinned", "u.bin", a);
        ModelIntegrityException e = assertThrows(ModelIntegrityException.class, () -> repository.find("unpinned"));
        assertNull(e.expectedSha256());
        assertEquals(ModelState.UNPINNED, repository.state(repository.catalog().entry("unpinned")));
        LocalPins pins = LocalPins.read(modelsDir);
        pins.pin("unpinned", "u.bin", FileDigest.sha256(a));
        pins.save();
        assertTrue(repository.find("unpinned").isPresent());
    }

    @Test
    void anUnknownModelIdIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> repository.find("no-such-model"));
    }

    @Test
    void theVerificationCacheNoticesARewrittenFile() throws Exception {
        place("two-files", "a.bin", a);
        place("two-files", "b.bin", b);
        assertTrue(repository.find("two-files").isPresent());
        Path bPath = modelsDir.resolve("two-files/b.bin");
        FileTime before = Files.getLastModifiedTime(bPath);
        // Same size, different bytes, a later mtime: must be hashed again, not served from the cache.
        byte[] same = b.clone();
        same[0] = 'S';
        Files.write(bPath, same);
        Files.setLastModifiedTime(bPath, FileTime.from(before.toInstant().plusSeconds(5)));
        assertThrows(ModelIntegrityException.class, () -> repository.find("two-files"));
    }
}
