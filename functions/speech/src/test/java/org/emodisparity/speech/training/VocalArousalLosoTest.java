package org.emodisparity.speech.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.speech.analysis.ArousalModel;
import org.emodisparity.speech.analysis.SileroModel;
import org.emodisparity.speech.analysis.SileroVad;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real EmoDB (four development speakers, {@code ../shared/media/speech/emodb-dev}), real Silero VAD, SoX resampling:
 * the trainer reproduces the committed {@code arousal-model.json} byte for byte — weights and the leave-one-speaker-out
 * figures it records — the figures reach the targets (AUC ≥ 0.92 per utterance, ≥ 0.90 per 2.5 s window),
 * and the catalog entry carries the same figures and the file's checksum.
 */
class VocalArousalLosoTest {
    @Test
    void theCommittedWeightsAreReproducedAndReachTheTargets() throws Exception {
        Path model = SileroModel.defaultModelFile();
        if (!Files.isRegularFile(model)) {
            if ("true".equalsIgnoreCase(System.getenv("EMODISPARITY_REQUIRE_MODELS"))) {
                fail("silero-vad not installed at " + model);
            }
            Assumptions.abort("silero-vad not installed at " + model + " (models install --profile default)");
        }
        Path committed = SharedMedia.repoRoot().resolve(TrainVocalArousal.COMMITTED);
        byte[] rebuilt = TrainVocalArousal.build();
        System.out.println(new String(rebuilt, StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(committed), rebuilt, "the trainer reproduces the committed file");

        JsonNode accuracy = new ObjectMapper().readTree(rebuilt).get("accuracy");
        assertTrue(accuracy.get("losoUtteranceAuc").asDouble() >= 0.92, "utterance AUC " + accuracy);
        assertTrue(accuracy.get("losoWindowAuc").asDouble() >= 0.90, "window AUC " + accuracy);
        assertTrue(accuracy.get("scoredUtterances").asInt() > 150 && accuracy.get("scoredWindows").asInt() > 300);

        ModelEntry entry = ModelCatalog.load().entry(ArousalModel.TRAINED_ID);
        assertEquals(TrainVocalArousal.sha256(rebuilt), entry.files().get(0).sha256());
        assertEquals(accuracy.get("losoUtteranceAuc").asDouble(),
                ((Number) entry.accuracy().get("losoUtteranceAuc")).doubleValue(), 0);
        assertEquals(accuracy.get("losoWindowAuc").asDouble(),
                ((Number) entry.accuracy().get("losoWindowAuc")).doubleValue(), 0);
        assertEquals(ArousalModel.TRAINED_ID, ArousalModel.read(committed).id());
    }
}
