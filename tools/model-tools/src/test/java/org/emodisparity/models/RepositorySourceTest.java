package org.emodisparity.models;

import static org.emodisparity.models.CatalogJson.file;
import static org.emodisparity.models.CatalogJson.model;
import static org.emodisparity.models.CatalogJson.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models whose files are committed in this repository: copied from the classpath, checked against the catalog. */
class RepositorySourceTest {
    private static final String RESOURCE = "org/emodisparity/models/repository-test/weights.bin";
    private static final byte[] CONTENT = "weights committed to the repository\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private ModelInstaller.Result install(ModelCatalog catalog, String id) throws Exception {
        ModelRepository repository = new ModelRepository(dir.resolve("models"), catalog);
        return new ModelInstaller(repository, ExternalTools.fromEnvironment(),
                new PrintStream(log, true, StandardCharsets.UTF_8)).install(List.of(catalog.entry(id)), false);
    }

    private static ObjectNode repositoryModel(String id, String from, String sha256) {
        ObjectNode m = model(id, "text-emotion", "onnx", "default", source("repository", null));
        file(m, "weights.bin", from, sha256);
        return m;
    }

    @Test
    void installsACommittedFileAndVerifiesItsChecksum() throws Exception {
        ModelCatalog catalog = CatalogJson.catalog(repositoryModel("mine", RESOURCE, FileDigest.sha256(CONTENT)));
        assertEquals("this repository", catalog.entry("mine").source().describe());
        ModelInstaller.Result result = install(catalog, "mine");
        assertTrue(result.ok(), log.toString(StandardCharsets.UTF_8));
        assertEquals(new String(CONTENT, StandardCharsets.UTF_8),
                Files.readString(dir.resolve("models/mine/weights.bin")));
        assertTrue(new ModelRepository(dir.resolve("models"), catalog).find("mine").isPresent());
    }

    @Test
    void aWrongChecksumOrAMissingResourceInstallsNothing() throws Exception {
        ModelCatalog catalog = CatalogJson.catalog(
                repositoryModel("tampered", RESOURCE, "0".repeat(64)),
                repositoryModel("absent", "org/emodisparity/models/repository-test/nope.bin", "0".repeat(64)));
        assertFalse(install(catalog, "tampered").ok());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("CHECKSUM MISMATCH"), log.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("models/tampered/weights.bin")));
        assertFalse(install(catalog, "absent").ok());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("is not on the classpath"),
                log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyRepositoryFileOfTheShippedCatalogIsOnTheClasspathWithItsPinnedChecksum() throws Exception {
        ModelCatalog catalog = ModelCatalog.load();
        List<ModelEntry> committed = catalog.entries().stream()
                .filter(e -> e.source().kind() == SourceKind.REPOSITORY).toList();
        assertFalse(committed.isEmpty(), "goemotions-xed-bge-small-head is committed");
        for (ModelEntry e : committed) {
            ModelInstaller.Result result = install(catalog, e.id());
            assertTrue(result.ok(), e.id() + ": " + log.toString(StandardCharsets.UTF_8));
            for (ModelFile f : e.files()) {
                Path installed = dir.resolve("models").resolve(e.id()).resolve(f.name());
                assertEquals(f.size(), Files.size(installed), e.id() + "/" + f.name() + " size");
            }
        }
    }
}
