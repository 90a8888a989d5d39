package org.emodisparity.fusion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;
import org.emodisparity.fusion.narrative.NarrativeSettings;

/** {@code emodisparity.fusion.*}; each also settable as EMODISPARITY_FUSION_* in the environment. */
@ConfigMapping(prefix = "emodisparity.fusion")
public interface FusionConfig {

    /**
     * The catalog id of the narrative model (task {@code llm}, a GGUF file), used when it is installed; otherwise
     * the narrative comes from templates. Swapping the model is this property (and installing the model).
     */
    @WithDefault(NarrativeSettings.CATALOG_MODEL)
    String narrativeModel();

    /** A GGUF file to narrate with instead of the catalog's installed copy (cited as {@link #narrativeModel()}). */
    Optional<Path> narrativeModelFile();

    /** The narrative settings these properties give. */
    default NarrativeSettings narrative() {
        return new NarrativeSettings(narrativeModelFile().orElse(null), narrativeModel(),
                NarrativeSettings.DEFAULT.llama());
    }
}
