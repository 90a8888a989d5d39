package org.emodisparity.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.emodisparity.models.ModelRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechStageTest {
    @Test
    void withoutTheVadModelTheModalityIsUnavailable(@TempDir Path bucket, @TempDir Path emptyModels) throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(bucket);
        SessionRef s = new SessionRef("c", "s");
        new SpeechStage(store, new ModelRepository(emptyModels)).analyse(new SessionSegmented(1, "c", "s",
                ObjectKeys.upload(s, "v.mp4"), ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), ObjectKeys.audio(s), Map.of()));
        ModalityTimeline part = Contract.fromJson(store.get(ObjectKeys.part(s, Stage.SPEECH)).orElseThrow(),
                ModalityTimeline.class);
        assertEquals(ModalityTimeline.Availability.UNAVAILABLE, part.availability());
        assertEquals(ReasonCode.NO_MODEL, part.reason());
        assertEquals(0, part.windows().size());
    }
}
