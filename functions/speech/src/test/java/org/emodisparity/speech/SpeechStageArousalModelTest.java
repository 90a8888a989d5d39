package org.emodisparity.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.emodisparity.models.ExternalTools;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.models.ModelInstaller;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.RequiredModels;
import org.emodisparity.speech.analysis.ArousalModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speech stage scores the voice timeline with the installed trained weights: with {@code silero-vad} and
 * {@value ArousalModel#TRAINED_ID} in a models directory (the latter installed by {@link ModelInstaller} from the
 * catalog, as {@code models install --profile default} does), every scored window of real speech (jfk.wav) carries
 * that model id and its z-score evidence; without the weights the stage falls back to the prior and says so.
 */
class SpeechStageArousalModelTest {
    @Test
    void windowsCarryTheTrainedModelIdAndTheirEvidence(@TempDir Path bucket, @TempDir Path models) throws Exception {
        RequiredModels.assumeOrFail("silero-vad");
        Path vadDir = Files.createDirectories(models.resolve("silero-vad"));
        Files.copy(ModelRepository.atDefaultLocation().modelDir("silero-vad").resolve("silero_vad.onnx"),
                vadDir.resolve("silero_vad.onnx"));
        ModelCatalog catalog = ModelCatalog.load();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertTrue(new ModelInstaller(new ModelRepository(models, catalog), ExternalTools.fromEnvironment(),
                new PrintStream(log, true, StandardCharsets.UTF_8))
                .install(List.of(catalog.entry(ArousalModel.TRAINED_ID)), false).ok(), log.toString());

        ModalityTimeline trained = run(bucket.resolve("a"), new ModelRepository(models, catalog));
        assertEquals(List.of("silero-vad", ArousalModel.TRAINED_ID), trained.modelIds());
        long scored = 0;
        for (WindowEstimate w : trained.windows()) {
            if (w.arousal() != null) {
                scored++;
                assertEquals(ArousalModel.TRAINED_ID, w.modelId());
                assertTrue(w.evidence().get("z alpha ratio") instanceof Number
                        && w.evidence().get("z F0 level") instanceof Number, w.evidence().toString());
            }
        }
        assertTrue(scored >= 5, "windows of continuous speech are scored: " + scored);

        Files.delete(models.resolve(ArousalModel.TRAINED_ID).resolve(ArousalModel.FILE_NAME));
        ModalityTimeline prior = run(bucket.resolve("b"), new ModelRepository(models, catalog));
        assertEquals(List.of("silero-vad", ArousalModel.PRIOR_ID), prior.modelIds());
        WindowEstimate w = prior.windows().stream().filter(x -> x.arousal() != null).findFirst().orElseThrow();
        assertEquals(ArousalModel.PRIOR_ID, w.modelId());
        assertTrue(w.note().contains(ArousalModel.TRAINED_ID + " not installed"), w.note());
    }

    private static ModalityTimeline run(Path bucket, ModelRepository models) throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(bucket);
        SessionRef s = new SessionRef("c", "s");
        store.putFile(ObjectKeys.audio(s), SharedMedia.jfkWav());
        store.put(ObjectKeys.plan(s), Contract.toJson(WindowPlan.plan(11.0, 2.5, 1.25)));
        new SpeechStage(store, models).analyse(new SessionSegmented(1, "c", "s", ObjectKeys.upload(s, "v.mp4"),
                ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), ObjectKeys.audio(s), Map.of()));
        return Contract.fromJson(store.get(ObjectKeys.part(s, Stage.SPEECH)).orElseThrow(), ModalityTimeline.class);
    }
}
