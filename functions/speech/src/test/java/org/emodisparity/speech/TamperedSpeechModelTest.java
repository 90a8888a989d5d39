package org.emodisparity.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.emodisparity.models.ModelIntegrityException;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model integrity: the speech stage refuses a VAD model whose bytes differ from the catalog's sha256 and fails. */
class TamperedSpeechModelTest {

    @Test
    void aVadModelWhoseChecksumDiffersFromTheCatalogIsRefusedAndTheStageFails(@TempDir Path bucket, @TempDir Path models)
            throws Exception {
        RequiredModels.assumeOrFail("silero-vad");
        Path target = Files.createDirectories(models.resolve("silero-vad"));
        Path onnx = Files.copy(ModelRepository.atDefaultLocation().modelDir("silero-vad").resolve("silero_vad.onnx"),
                target.resolve("silero_vad.onnx"));
        Files.write(onnx, new byte[] {0}, StandardOpenOption.APPEND);

        LocalFolderObjectStore store = new LocalFolderObjectStore(bucket);
        SessionRef s = new SessionRef("c", "s");
        new SpeechStage(store, new ModelRepository(models)).analyse(new SessionSegmented(1, "c", "s",
                ObjectKeys.upload(s, "v.mp4"), ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), ObjectKeys.audio(s), Map.of()));

        ModalityTimeline part = Contract.fromJson(store.get(ObjectKeys.part(s, Stage.SPEECH)).orElseThrow(),
                ModalityTimeline.class);
        assertEquals(ModalityTimeline.Availability.FAILED, part.availability());
        assertEquals(0, part.windows().size(), "no inference ran");
        assertEquals(StageState.FAILED, new SessionStatusStore(store).read(s, Stage.SPEECH).orElseThrow().state());
        assertTrue(part.message().contains(ModelIntegrityException.class.getSimpleName()), part.message());
    }
}
