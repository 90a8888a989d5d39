package org.emodisparity.fusion.narrative;

import org.emodisparity.fusion.Disparity;
import org.emodisparity.models.ModelRepository;

/**
 * Writes the report's narrative from the computed disparity. Implementations: {@link LlamaNarrator} (a local
 * GGUF model through llama.cpp) and {@link TemplateNarrator} (no model). A writer may hold a loaded model: create
 * it once, reuse it for every report, close it on shutdown.
 */
public interface NarrativeWriter extends AutoCloseable {

    Narrative narrate(Disparity disparity, ReportFacts facts);

    @Override
    default void close() {
    }

    /**
     * The LLM narrator when its model can be loaded (the configured file, else the catalog model installed in the
     * default models directory), otherwise the template narrator; the reason for the fallback is logged.
     */
    static NarrativeWriter choose(NarrativeSettings config) {
        return NarrativeChooser.choose(config, ModelRepository::atDefaultLocation);
    }

    /** As {@link #choose(NarrativeSettings)}, looking the catalog model up in {@code repository}. */
    static NarrativeWriter choose(NarrativeSettings config, ModelRepository repository) {
        return NarrativeChooser.choose(config, () -> repository);
    }
}
