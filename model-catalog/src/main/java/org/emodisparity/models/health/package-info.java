/**
 * Readiness of a function application's models: {@link org.emodisparity.models.health.ModelsReadiness} (plain
 * Java, verifies each required model once, then checks the files are still there) and
 * {@link org.emodisparity.models.health.RequiredModelsHealthCheck} (the SmallRye Health {@code @Readiness} check
 * every function app gets from this module; {@code emodisparity.health.required-models} lists its models).
 */
package org.emodisparity.models.health;
