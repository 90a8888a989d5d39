package org.emodisparity.models;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need real installed models (any module). An absent model skips the test with the install command,
 * unless {@code EMODISPARITY_REQUIRE_MODELS=true} (CI, after installing) and the model is of the default profile,
 * where it fails instead (paper-profile models cannot be installed without a model hub: they always skip). A corrupt or
 * unpinned model always fails ({@link ModelIntegrityException}). Lives in src-test-fixtures (in model-catalog's
 * package, so the callers' imports stay): never on a function's runtime class path.
 */
public final class RequiredModels {
    public static final String REQUIRE_ENV = "EMODISPARITY_REQUIRE_MODELS";

    private RequiredModels() {
    }

    /** Looks in {@link ModelsDirectory#resolve()}. */
    public static InstalledModel assumeOrFail(String modelId) {
        return assumeOrFail(ModelRepository.atDefaultLocation(), modelId);
    }

    public static InstalledModel assumeOrFail(ModelRepository repository, String modelId) {
        return assumeOrFail(repository, modelId, "true".equalsIgnoreCase(System.getenv(REQUIRE_ENV)));
    }

    static InstalledModel assumeOrFail(ModelRepository repository, String modelId, boolean required) {
        return repository.find(modelId).orElseGet(() -> {
            Profile modelProfile = repository.catalog().entry(modelId).profile();
            String profile = modelProfile.label();
            String message = "model " + modelId + " is not installed in " + repository.modelsDir()
                    + "; run `models install --profile " + profile + "` (mvn -q -pl tools/model-tools exec:java"
                    + " -Dexec.args=\"install --profile " + profile + "\")";
            // only the default profile is installable everywhere; paper models are pulled where a network allows
            if (required && modelProfile == Profile.DEFAULT) {
                return Assertions.fail(message + " [" + REQUIRE_ENV + "=true]");
            }
            Assumptions.assumeTrue(false, message);
            throw new IllegalStateException("unreachable");
        });
    }
}
