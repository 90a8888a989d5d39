package org.emodisparity.speech.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emodisparity.models.ExternalTools;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.ModelInstaller;
import org.emodisparity.models.ModelIntegrityException;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trained arousal weights install like the other default models (source kind {@code repository}, into a
 * temporary models directory, checksum verified), load as the model the speech stage uses, and a tampered file is
 * refused.
 */
class ArousalModelInstallTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultProfileInstallsTheWeightsTheStageLoads() throws Exception {
        ModelCatalog catalog = ModelCatalog.load();
        ModelEntry entry = catalog.entry(ArousalModel.TRAINED_ID);
        assertTrue(catalog.profile(Profile.DEFAULT).contains(entry), "part of models install --profile default");
        ModelRepository repository = new ModelRepository(dir, catalog);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ModelInstaller.Result result = new ModelInstaller(repository, ExternalTools.fromEnvironment(),
                new PrintStream(log, true, StandardCharsets.UTF_8)).install(List.of(entry), false);
        assertTrue(result.ok(), log.toString(StandardCharsets.UTF_8));

        InstalledModel installed = repository.require(ArousalModel.TRAINED_ID);
        ArousalModel model = ArousalModel.read(installed.file(ArousalModel.FILE_NAME));
        assertEquals(ArousalModel.TRAINED_ID, model.id());
        assertEquals(CommittedArousalModel.load(), model);
        assertTrue(model.weight(ArousalFeature.F0_LEVEL) > 0 && model.weight(ArousalFeature.HAMMARBERG_INDEX) < 0,
                "higher F0 and a flatter spectrum (lower Hammarberg index) go with arousal");

        Path file = installed.file(ArousalModel.FILE_NAME);
        Files.writeString(file, Files.readString(file).replaceFirst("\"weight\" : [0-9.]+", "\"weight\" : 9.0"));
        assertThrows(ModelIntegrityException.class, () -> new ModelRepository(dir, catalog)
                .find(ArousalModel.TRAINED_ID));
    }

    @Test
    void aFileThatIsNotAnArousalModelIsAClearError() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": \"x\", \"cues\": {\"NOT_A_CUE\": {\"weight\": 1, \"scaleFloor\": 1}}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArousalModel.read(bad));
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
    }
}
