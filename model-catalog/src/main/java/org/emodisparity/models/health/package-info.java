/**
 * Readiness of a function application's models: {@link org.emodisparity.models.health.ModelsReadiness} (plain
 * Java, verifies each required model once, then checks the files are still there) and
 * {@link org.emodisparity.models.health.RequiredModelsHealthCheck} (the SmallRye Health check that each function
 * app with models turns into a {@code @Readiness} bean by a one-line subclass; {@code emodisparity.health.required-models}
 * lists its models).
 */
package org.emodisparity.models.health;
