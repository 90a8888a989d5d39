package org.emodisparity.models;

import static org.emodisparity.models.CatalogJson.file;
import static org.emodisparity.models.CatalogJson.model;
import static org.emodisparity.models.CatalogJson.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.emodisparity.models.tfjs.TfjsGraphImporter;
import org.emodisparity.models.tfjs.TfjsGraphImporterTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The models command end to end against stand-in registries (npm, Maven, HTTP) and a test catalog. */
class ModelsCommandTest {
    @TempDir
    Path dir;

    private FakeRegistry registry;
    private ModelCatalog catalog;
    private ModelsCommand command;
    private Path modelsDir;
    private byte[] weights;
    private byte[] expectedOnnx;

    record Run(int exit, String out, String err) {
    }

    @AfterEach
    void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    /** Four models: npm (with a TF.js graph and its derived ONNX), Maven, a paper URL file (unpinned), user-supplied. */
    private void setUp(boolean wrongWeightsPin) throws Exception {
        registry = new FakeRegistry(dir.resolve("registry"));
        weights = "weights-v1\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        Path synthetic = TfjsGraphImporterTest.everyOpGraph().write(dir.resolve("synthetic"));
        byte[] modelJson = Files.readAllBytes(synthetic);
        byte[] modelBin = Files.readAllBytes(synthetic.resolveSibling("model.bin"));
        expectedOnnx = TfjsGraphImporter.toOnnx(synthetic);
        byte[] jarModel = "not really onnx".getBytes(StandardCharsets.UTF_8);
        byte[] paperFile = "paper weights".getBytes(StandardCharsets.UTF_8);
        registry.npmFiles.put("package/README.md", "x".getBytes(StandardCharsets.UTF_8));
        registry.npmFiles.put("package/weights.bin", weights);
        registry.npmFiles.put("package/tfjs/model.json", modelJson);
        registry.npmFiles.put("package/tfjs/model.bin", modelBin);
        registry.jarFiles.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        registry.jarFiles.put("fake.onnx", jarModel);
        registry.httpFiles.put("/files/paper.bin", paperFile);
        ExternalTools tools = registry.tools();

        ObjectNode npm = model("fake-npm", "face-emotion", "tfjs-graph", "default", source("npm", "fake-models@1.0.0"));
        file(npm, "weights.bin", "package/weights.bin",
                FileDigest.sha256(wrongWeightsPin ? "something else".getBytes(StandardCharsets.UTF_8) : weights));
        file(npm, "model.json", "package/tfjs/model.json", FileDigest.sha256(modelJson));
        file(npm, "model.bin", "package/tfjs/model.bin", FileDigest.sha256(modelBin));
        file(npm, "model.onnx", null, FileDigest.sha256(expectedOnnx))
                .put("derivedFrom", "model.json").put("derivation", "tfjs-graph-to-onnx");
        ObjectNode mvn = model("fake-maven", "text-encoder", "onnx", "default", source("maven", "org.example:fake:1.0"));
        file(mvn, "model.onnx", "fake.onnx", FileDigest.sha256(jarModel));
        ObjectNode url = model("fake-url", "asr", "ggml", "paper", source("url", null).put("page", "https://publisher/fake"));
        file(url, "paper.bin", registry.url("/files/paper.bin"), null);
        ObjectNode user = model("fake-user", "face-yolo-emotion", "onnx", "paper", source("user-supplied", null));
        file(user, "mine.onnx", null, null);

        catalog = CatalogJson.catalog(npm, mvn, url, user);
        command = new ModelsCommand(catalog, tools);
        modelsDir = dir.resolve("models");
    }

    private Run run(String... args) {
        String[] withDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDir, 0, args.length);
        withDir[args.length] = "--models-dir";
        withDir[args.length + 1] = modelsDir.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(withDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void installsTheDefaultProfileFromNpmAndMavenAndSkipsVerifiedFilesTheSecondTime() throws Exception {
        setUp(false);
        Run first = run("install", "--profile", "default");
        assertEquals(0, first.exit(), first.out() + first.err());
        assertArrayEquals(weights, Files.readAllBytes(modelsDir.resolve("fake-npm/weights.bin")));
        assertArrayEquals(expectedOnnx, Files.readAllBytes(modelsDir.resolve("fake-npm/model.onnx")),
                "the derived ONNX is the importer's output");
        assertTrue(Files.isRegularFile(modelsDir.resolve("fake-maven/model.onnx")));
        assertFalse(Files.exists(modelsDir.resolve("fake-url")), "paper models are not part of the default profile");
        assertTrue(first.out().contains("npm pack fake-models@1.0.0"), first.out());
        try (var left = Files.list(modelsDir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".install-")), "staging removed");
        }

        Run second = run("install", "--profile", "default");
        assertEquals(0, second.exit(), second.out() + second.err());
        assertFalse(second.out().contains("npm pack") || second.out().contains("dependency:copy"), second.out());
        assertEquals(5, second.out().split("verified, skipped", -1).length - 1, second.out());

        Run verify = run("verify");
        assertEquals(0, verify.exit(), verify.out() + verify.err());
    }

    @Test
    void verifyDetectsACorruptedFileAndInstallRepairsIt() throws Exception {
        setUp(false);
        assertEquals(0, run("install", "--profile", "default").exit());
        Path corrupted = modelsDir.resolve("fake-npm/weights.bin");
        Files.write(corrupted, new byte[] {1}, StandardOpenOption.APPEND);

        Run verify = run("verify");
        assertEquals(1, verify.exit());
        assertTrue(verify.out().contains(corrupted.toString()) && verify.out().contains(FileDigest.sha256(weights)),
                verify.out());
        assertTrue(verify.err().contains("fake-npm is corrupt"), verify.err());
        assertTrue(run("list").out().contains("corrupt"));

        Run repair = run("install", "--profile", "default");
        assertEquals(0, repair.exit(), repair.out());
        assertTrue(repair.out().contains("does not match"), repair.out());
        assertEquals(0, run("verify").exit());
    }

    @Test
    void verifyFailsWhileADefaultModelIsMissingButNotForMissingPaperModels() throws Exception {
        setUp(false);
        Run before = run("verify");
        assertEquals(1, before.exit());
        assertTrue(before.err().contains("fake-npm (default profile) is missing"), before.err());
        assertEquals(0, run("install", "--profile", "default").exit());
        Run after = run("verify");
        assertEquals(0, after.exit(), after.out() + after.err());
        assertTrue(after.out().contains("fake-url") && after.out().contains("missing"), after.out());
    }

    @Test
    void aChecksumMismatchDuringInstallIsAHardErrorAndLeavesNoFile() throws Exception {
        setUp(true);
        Run install = run("install", "--profile", "default");
        assertEquals(1, install.exit());
        assertTrue(install.out().contains("weights.bin: CHECKSUM MISMATCH"), install.out());
        assertTrue(install.out().contains("model.onnx: not derived, its sources failed"), install.out());
        assertTrue(install.err().contains("fake-npm"), install.err());
        assertFalse(Files.exists(modelsDir.resolve("fake-npm/weights.bin")));
        assertEquals(ModelState.MISSING, new ModelRepository(modelsDir, catalog).state(catalog.entry("fake-npm")));
    }

    @Test
    void listShowsIdTaskProfileLicenceSourceAndState() throws Exception {
        setUp(false);
        Run list = run("list");
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("LICENCE") && list.out().contains("SOURCE"), list.out());
        String npmLine = list.out().lines().filter(l -> l.startsWith("fake-npm")).findFirst().orElseThrow();
        assertTrue(npmLine.contains("face-emotion") && npmLine.contains("default") && npmLine.contains("missing")
                && npmLine.contains("Apache-2.0") && npmLine.contains("npm fake-models@1.0.0"), npmLine);
        assertTrue(list.out().contains("maven org.example:fake:1.0"), list.out());
        assertTrue(list.out().contains("user-supplied"), list.out());
        run("install", "--profile", "default");
        assertTrue(run("list").out().lines().anyMatch(l -> l.startsWith("fake-npm") && l.contains("installed")));
    }

    @Test
    void anUnpinnedDownloadIsRefusedWithoutPinAndRecordedWithIt() throws Exception {
        setUp(false);
        Run refused = run("install", "--model", "fake-url");
        assertEquals(1, refused.exit());
        assertTrue(refused.out().contains("UNPINNED"), refused.out());
        assertFalse(Files.exists(modelsDir.resolve("fake-url/paper.bin")));
        assertFalse(Files.exists(modelsDir.resolve(LocalPins.FILE_NAME)));

        Run pinned = run("install", "--profile", "paper", "--model", "fake-url", "--pin");
        assertEquals(0, pinned.exit(), pinned.out() + pinned.err());
        String sha = FileDigest.sha256("paper weights".getBytes(StandardCharsets.UTF_8));
        assertEquals(sha, LocalPins.read(modelsDir).sha256("fake-url", "paper.bin").orElseThrow());
        Run list = run("list");
        assertTrue(list.out().contains("fake-url/paper.bin  sha256 " + sha), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("fake-url") && l.contains("installed")), list.out());

        ModelRepository repository = new ModelRepository(modelsDir, catalog);
        assertTrue(repository.find("fake-url").isPresent());
        Files.writeString(modelsDir.resolve("fake-url/paper.bin"), "tampered weights");
        assertThrows(ModelIntegrityException.class, () -> repository.find("fake-url"));
    }

    @Test
    void aUserSuppliedFileIsPlacedByTheUserAndPinned() throws Exception {
        setUp(false);
        Run missing = run("install", "--model", "fake-user");
        assertEquals(1, missing.exit());
        assertTrue(missing.out().contains("place the file at " + modelsDir.resolve("fake-user/mine.onnx")), missing.out());

        Files.createDirectories(modelsDir.resolve("fake-user"));
        Files.writeString(modelsDir.resolve("fake-user/mine.onnx"), "my trained model");
        Run unpinned = run("install", "--model", "fake-user");
        assertEquals(1, unpinned.exit());
        assertTrue(unpinned.out().contains("present but unpinned"), unpinned.out());
        assertTrue(run("list").out().lines().anyMatch(l -> l.startsWith("fake-user") && l.contains("unpinned")));

        assertEquals(0, run("install", "--model", "fake-user", "--pin").exit());
        assertTrue(Files.exists(modelsDir.resolve("fake-user/mine.onnx")), "the user's file stays");
        assertTrue(new ModelRepository(modelsDir, catalog).find("fake-user").isPresent());
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        setUp(false);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, command.run(new String[0], sink, sink));
        assertEquals(2, command.run(new String[] {"install"}, sink, sink));
        assertEquals(2, command.run(new String[] {"install", "--profile", "fast"}, sink, sink));
        assertEquals(2, command.run(new String[] {"list", "--pin"}, sink, sink));
        assertEquals(2, command.run(new String[] {"verify", "--models-dir"}, sink, sink));
        assertEquals(2, command.run(new String[] {"remove"}, sink, sink));
    }
}
