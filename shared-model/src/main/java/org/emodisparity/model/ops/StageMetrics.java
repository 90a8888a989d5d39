package org.emodisparity.model.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;

/**
 * The pipeline's metrics, recorded in one place for all five functions and the transport. Meters go to
 * Micrometer's global registry: in a Quarkus application with {@code quarkus-micrometer} that registry feeds
 * {@code /q/metrics} (Prometheus format); elsewhere (plain unit tests, the CLI without Micrometer) recording costs
 * next to nothing and goes nowhere.
 *
 * <table>
 * <caption>meters (Prometheus names in brackets)</caption>
 * <tr><td>{@code emodisparity.stage.duration} [{@code emodisparity_stage_duration_seconds}]</td>
 *     <td>timer per {@code stage} and {@code outcome} (succeeded, failed, skipped)</td></tr>
 * <tr><td>{@code emodisparity.stage.failures}</td><td>counter per {@code stage} and {@code reason}</td></tr>
 * <tr><td>{@code emodisparity.stage.retries}</td><td>counter per {@code stage}: a stage started again (attempt &gt; 1)</td></tr>
 * <tr><td>{@code emodisparity.stage.frames}</td><td>counter per {@code stage} of video frames analysed: frames/s is its
 *     rate, e.g. {@code rate(emodisparity_stage_frames_total[5m])}</td></tr>
 * <tr><td>{@code emodisparity.queue.lag} [{@code emodisparity_queue_lag_seconds}]</td>
 *     <td>timer per {@code channel}: how long a message waited in its queue before this process received it</td></tr>
 * <tr><td>{@code emodisparity.queue.redeliveries}</td><td>counter per {@code channel}: messages received more than once</td></tr>
 * </table>
 */
public final class StageMetrics {
    public static final String STAGE_DURATION = "emodisparity.stage.duration";
    public static final String STAGE_FAILURES = "emodisparity.stage.failures";
    public static final String STAGE_RETRIES = "emodisparity.stage.retries";
    public static final String STAGE_FRAMES = "emodisparity.stage.frames";
    public static final String QUEUE_LAG = "emodisparity.queue.lag";
    public static final String QUEUE_REDELIVERIES = "emodisparity.queue.redeliveries";

    private StageMetrics() {
    }

    private static MeterRegistry registry() {
        return Metrics.globalRegistry;
    }

    /** A stage began; {@code attempt} counts from 1, so anything above is a retry. */
    public static void started(Stage stage, int attempt) {
        if (attempt > 1) {
            Counter.builder(STAGE_RETRIES).description("stage runs that are retries (attempt > 1)")
                    .tag("stage", stage.id()).register(registry()).increment();
        }
    }

    /** A stage reached a final state after {@code elapsed}. */
    public static void finished(Stage stage, StageState state, ReasonCode reason, Duration elapsed) {
        String outcome = state.name().toLowerCase(java.util.Locale.ROOT);
        Timer.builder(STAGE_DURATION).description("wall time of one stage run, by outcome")
                .tag("stage", stage.id()).tag("outcome", outcome)
                .publishPercentileHistogram(false)
                .register(registry()).record(elapsed.isNegative() ? Duration.ZERO : elapsed);
        if (state == StageState.FAILED) {
            Counter.builder(STAGE_FAILURES).description("stage runs that failed, by typed reason")
                    .tag("stage", stage.id()).tag("reason", reason == null ? "none" : reason.name())
                    .register(registry()).increment();
        }
    }

    /** Video frames analysed by a stage (the face stage's sampled frames). */
    public static void frames(Stage stage, long count) {
        if (count > 0) {
            Counter.builder(STAGE_FRAMES).description("video frames analysed").baseUnit("frames")
                    .tag("stage", stage.id()).register(registry()).increment(count);
        }
    }

    /** A message of {@code channel} received {@code waited} after it was sent, for the {@code receiveCount}-th time. */
    public static void received(String channel, Duration waited, int receiveCount) {
        Timer.builder(QUEUE_LAG).description("time a message spent in its queue before it was received")
                .tag("channel", channel).register(registry())
                .record(waited.isNegative() ? Duration.ZERO : waited);
        if (receiveCount > 1) {
            Counter.builder(QUEUE_REDELIVERIES).description("messages received more than once")
                    .tag("channel", channel).register(registry()).increment();
        }
    }
}
