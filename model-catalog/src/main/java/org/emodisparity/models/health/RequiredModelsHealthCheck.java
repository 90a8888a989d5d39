package org.emodisparity.models.health;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.emodisparity.models.ModelRepository;

/**
 * Readiness of a function application: DOWN while a model it cannot work without is missing or corrupt, so a
 * load balancer or ECS does not send it work it could only answer with "modality unavailable". Each application
 * lists its models in {@code emodisparity.health.required-models} (catalog ids); none listed means always UP.
 * The models directory is the one the stages read ({@code emodisparity.models.dir} / {@code EMODISPARITY_MODELS_DIR},
 * else {@code ~/.emodisparity/models}).
 */
public class RequiredModelsHealthCheck implements HealthCheck {
    /** The configuration key that lists a function's required models. */
    public static final String REQUIRED_MODELS = "emodisparity.health.required-models";
    public static final String NAME = "emodisparity-models";

    private final ModelsReadiness readiness;

    protected RequiredModelsHealthCheck(Optional<List<String>> required) {
        this(new ModelsReadiness(ModelRepository.atDefaultLocation(), required.orElse(List.of())));
    }

    RequiredModelsHealthCheck(ModelsReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, String> states = readiness.check();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME).status(ModelsReadiness.ready(states));
        states.forEach(builder::withData);
        return builder.build();
    }
}
