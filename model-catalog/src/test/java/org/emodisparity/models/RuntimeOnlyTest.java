package org.emodisparity.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * model-catalog is what every function carries at run time: no installer, no models command, no TF.js importer, no
 * ONNX writer, no trainer and no JUnit (those live in tools/model-tools, tools/text-training and src-test-fixtures).
 * This module's test class path is its runtime class path plus JUnit, so a tool class found here would ship.
 */
class RuntimeOnlyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "org.emodisparity.models.ModelsCommand",
            "org.emodisparity.models.ModelInstaller",
            "org.emodisparity.models.PublisherDownload",
            "org.emodisparity.models.ArchiveFiles",
            "org.emodisparity.models.ExternalTools",
            "org.emodisparity.models.RequiredModels",
            "org.emodisparity.models.tfjs.TfjsGraphImporter",
            "org.emodisparity.models.onnx.OnnxGraphBuilder",
            "org.emodisparity.models.onnx.OnnxModelWriter",
            "org.emodisparity.models.onnx.OnnxTensor",
            "org.emodisparity.transcript.training.TrainGoEmotionsHead"})
    void toolClassesAreNotOnTheRuntimeClassPath(String className) {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName(className, false, RuntimeOnlyTest.class.getClassLoader()));
    }

    @Test
    void theCompiledClassesHoldNoToolPackageAndNoJUnit() throws IOException, URISyntaxException {
        Path location = Path.of(ModelCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path classes = jar == null ? location : jar.getPath("/");
            assertTrue(Files.isDirectory(classes.resolve("org/emodisparity/models")), location.toString());
            assertFalse(Files.exists(classes.resolve("org/emodisparity/models/tfjs")), "the TF.js importer's package");
            List<String> junit;
            try (Stream<Path> files = Files.walk(classes)) {
                junit = files.filter(f -> f.toString().endsWith(".class"))
                        .filter(RuntimeOnlyTest::mentionsJUnit)
                        .map(f -> classes.relativize(f).toString())
                        .toList();
            }
            assertEquals(List.of(), junit, "main classes that refer to JUnit");
        }
    }

    private static boolean mentionsJUnit(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("org/junit/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
