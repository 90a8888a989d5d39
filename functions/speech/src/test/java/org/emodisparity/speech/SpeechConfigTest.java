package org.emodisparity.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emodisparity.fixtures.SharedMedia;
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
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speech stage's models are the {@code emodisparity.speech.*} properties: the defaults name today's models, and a
 * configured model is used only when its catalog task fits its slot.
 */
class SpeechConfigTest {
    private static SpeechConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(SpeechConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return config.getConfigMapping(SpeechConfig.class);
    }

    @Test
    void theDefaultsAreTodaysModelsAndThePartNamesThem(@TempDir Path bucket) throws Exception {
        RequiredModels.assumeOrFail("silero-vad");
        RequiredModels.assumeOrFail("vocal-arousal-lr-emodb4");
        SpeechConfig defaults = config(Map.of());
        assertEquals("silero-vad", defaults.vadModel());
        assertEquals("wav2vec2-speech-emotion", defaults.emotionModel());
        assertEquals("vocal-arousal-lr-emodb4", defaults.arousalModel());
        ModalityTimeline part = run(bucket, defaults);
        assertEquals(ModalityTimeline.Availability.AVAILABLE, part.availability(), part.message());
        assertEquals(List.of("silero-vad", "vocal-arousal-lr-emodb4"), part.modelIds());
    }

    @Test
    void aConfiguredModelOfAnotherTaskIsNotLoaded(@TempDir Path bucket) throws Exception {
        RequiredModels.assumeOrFail("vocal-arousal-lr-emodb4");
        // an installed catalog model, but vocal-arousal weights are no voice-activity model
        ModalityTimeline part = run(bucket, config(Map.of("emodisparity.speech.vad-model", "vocal-arousal-lr-emodb4")));
        assertEquals(ModalityTimeline.Availability.UNAVAILABLE, part.availability());
        assertEquals(ReasonCode.NO_MODEL, part.reason());
        assertTrue(part.message().contains("vocal-arousal-lr-emodb4"), part.message());
    }

    private static ModalityTimeline run(Path bucket, SpeechConfig config) throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(bucket);
        SessionRef s = new SessionRef("c", "s");
        store.putFile(ObjectKeys.audio(s), SharedMedia.jfkWav());
        store.put(ObjectKeys.plan(s), Contract.toJson(WindowPlan.plan(11.0, 2.5, 1.25)));
        new SpeechStage(store, ModelRepository.atDefaultLocation(), config).analyse(new SessionSegmented(1, "c", "s",
                ObjectKeys.upload(s, "v.mp4"), ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), ObjectKeys.audio(s),
                Map.of()));
        return Contract.fromJson(store.get(ObjectKeys.part(s, Stage.SPEECH)).orElseThrow(), ModalityTimeline.class);
    }
}
