package org.emodisparity.models;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The installed models as a CDI bean: every function injects its {@link ModelRepository} (the models directory of
 * {@code emodisparity.models.dir} / {@code EMODISPARITY_MODELS_DIR}, else {@code ~/.emodisparity/models}) rather
 * than looking it up itself.
 */
@Dependent
public class ModelRepositoryProducer {
    @Produces
    @Singleton
    ModelRepository modelRepository() {
        return ModelRepository.atDefaultLocation();
    }
}
