/**
 * Operations: {@link org.emodisparity.model.ops.StageMetrics}, the pipeline's Micrometer meters (stage durations
 * by outcome, failures by reason, retries, frames analysed, queue lag and redeliveries), recorded by
 * {@link org.emodisparity.model.SessionStatusStore} for every stage, by fusion, by the face stage (frames) and by
 * the SQS connector (lag); Quarkus serves them at {@code /q/metrics}.
 */
package org.emodisparity.model.ops;
