package org.emodisparity.speech;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.emodisparity.models.health.RequiredModelsHealthCheck;

/** {@code /q/health/ready}: DOWN until the models in {@code emodisparity.health.required-models} are installed. */
@Readiness
@Singleton
public class SpeechReadiness extends RequiredModelsHealthCheck {
    public SpeechReadiness(@ConfigProperty(name = REQUIRED_MODELS) Optional<List<String>> required) {
        super(required);
    }
}
