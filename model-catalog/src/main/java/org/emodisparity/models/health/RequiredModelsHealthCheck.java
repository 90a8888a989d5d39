package org.emodisparity.models.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.emodisparity.models.ModelRepository;

/**
 * Readiness of a function application: DOWN while a model it cannot work without is missing or corrupt, so a
 * load balancer or ECS does not send it work it could only answer with "modality unavailable". Each application
 * lists its models in {@code emodisparity.health.required-models} (catalog ids); none listed means always UP.
 * The models directory is the one the stages read ({@code emodisparity.models.dir} / {@code EMODISPARITY_MODELS_DIR},
 * else {@code ~/.emodisparity/models}).
 */
@Readiness
@ApplicationScoped
public class RequiredModelsHealthCheck implements HealthCheck {
    public static final String NAME = "emodisparity-models";

    private final ModelsReadiness readiness;

    public RequiredModelsHealthCheck(
            @ConfigProperty(name = "emodisparity.health.required-models") Optional<List<String>> required) {
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
