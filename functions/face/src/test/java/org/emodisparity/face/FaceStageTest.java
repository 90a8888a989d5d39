package org.emodisparity.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.emodisparity.face.analysis.FaceAnalysisSettings;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.emodisparity.models.ModelRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceStageTest {
    @Test
    void withoutFaceModelsTheModalityIsUnavailableAndSaysWhy(@TempDir Path bucket, @TempDir Path emptyModels)
            throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(bucket);
        SessionRef s = new SessionRef("c", "s");
        store.put(ObjectKeys.plan(s), Contract.toJson(WindowPlan.plan(3.0, 2.5, 1.25)));
        new FaceStage(store, new ModelRepository(emptyModels), FaceAnalysisSettings.defaults())
                .analyse(new SessionSegmented(1, "c", "s", ObjectKeys.upload(s, "v.mp4"), ObjectKeys.mediaInfo(s),
                        ObjectKeys.plan(s), ObjectKeys.audio(s), Map.of()));
        ModalityTimeline part = Contract.fromJson(store.get(ObjectKeys.part(s, Stage.FACE)).orElseThrow(),
                ModalityTimeline.class);
        assertEquals(ModalityTimeline.Availability.UNAVAILABLE, part.availability());
        assertEquals(ReasonCode.NO_MODEL, part.reason());
        assertTrue(part.message().startsWith("modality unavailable: face models not installed"), part.message());
        assertEquals(0, part.windows().size());
    }
}
