package org.emodisparity.fusion.narrative;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelFile;
import org.emodisparity.models.ModelRepository;
import org.jboss.logging.Logger;

/** Picks the LLM narrator when its model loads, else the template; see {@link NarrativeWriter#choose}. */
final class NarrativeChooser {
    private static final Logger LOG = Logger.getLogger(NarrativeChooser.class);

    private NarrativeChooser() {
    }

    static NarrativeWriter choose(NarrativeSettings config, Supplier<ModelRepository> repository) {
        Optional<Path> model;
        try {
            model = config.modelFile() != null ? Optional.of(config.modelFile())
                    : installedGguf(repository.get(), config.modelId());
        } catch (RuntimeException e) { // unknown id, checksum mismatch, unreadable models directory
            LOG.warnf("narrative: template, catalog model %s unusable: %s", config.modelId(), e.getMessage());
            return new TemplateNarrator();
        }
        if (model.isEmpty()) {
            LOG.infof("narrative: template, model %s is not installed", config.modelId());
            return new TemplateNarrator();
        }
        try {
            LlamaNarrator llm = LlamaNarrator.load(model.get(), config.modelId(), config.llama());
            LOG.infof("narrative: LLM %s", config.modelId());
            return llm;
        } catch (NarrativeModelException e) {
            LOG.warnf("narrative: template, %s", e.getMessage());
            return new TemplateNarrator();
        }
    }

    /** The model's GGUF file if it is installed and verified (this hashes the file: seconds for gigabytes). */
    private static Optional<Path> installedGguf(ModelRepository repository, String modelId) {
        return repository.find(modelId).map(m -> m.file(gguf(m)));
    }

    private static String gguf(InstalledModel m) {
        return m.entry().files().stream().map(ModelFile::name).filter(n -> n.endsWith(".gguf")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("model " + m.id() + " has no .gguf file"));
    }
}
