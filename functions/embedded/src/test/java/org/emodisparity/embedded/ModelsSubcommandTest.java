package org.emodisparity.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emodisparity models ...} passes its arguments, options included, to the catalog's command. */
@QuarkusMainTest
class ModelsSubcommandTest {
    @TempDir
    Path emptyModels;

    @Test
    void listShowsEveryDefaultModelWithLicenceAndState(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("models", "list", "--models-dir", emptyModels.toString());
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        for (String id : new String[] {"blazeface-back-256", "fer-mini-xception", "silero-vad", "bge-small-en-v15-q"}) {
            assertTrue(result.getOutput().lines().anyMatch(l -> l.startsWith(id) && l.contains("missing")), id);
        }
        assertTrue(result.getOutput().contains("Apache-2.0"));
    }

    @Test
    void verifyOfAnEmptyModelsDirFails(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("models", "verify", "--models-dir", emptyModels.toString());
        assertTrue(result.exitCode() != 0);
    }

    @Test
    void optionsBeforeValuesKeepTheirOrder(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("models", "install", "--profile", "nonsense", "--models-dir", emptyModels.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("nonsense") || result.getErrorOutput().contains("profile"),
                result.getErrorOutput());
    }
}
