package org.emodisparity.messaging.sqs;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * One channel's settings, from {@code mp.messaging.[incoming|outgoing].<channel>.*} (and the connector-wide
 * {@code mp.messaging.connector.emodisparity-sqs.*}).
 *
 * @param queues          queue names or URLs; an outgoing channel sends every message to each (fan-out by one
 *                        send per queue), an incoming channel reads the first
 * @param endpoint        endpoint override (ElasticMQ, LocalStack); the AWS endpoint of the region when empty
 * @param region          the SDK's default region chain when empty
 * @param event           what the bodies are ({@link PipelineEventCodec})
 * @param maxInFlight     messages of this channel being processed at once by this process
 * @param visibility      how long a received message stays hidden; renewed every third of it while processing,
 *                        so a long job keeps its message and a dead process loses it after at most this long
 * @param waitTime        long-polling wait
 * @param retryDelay      a failed message becomes visible again after this times its receive count
 */
public record SqsChannelSettings(String channel, List<String> queues, Optional<String> endpoint,
                                 Optional<String> region, PipelineEventCodec event, int maxInFlight,
                                 Duration visibility, Duration waitTime, Duration retryDelay) {

    static SqsChannelSettings from(Config config) {
        String channel = config.getOptionalValue("channel-name", String.class).orElse("?");
        List<String> queues = Arrays.stream(config.getOptionalValue("queue", String.class).orElse(channel).split(","))
                .map(String::trim).filter(q -> !q.isEmpty()).toList();
        return new SqsChannelSettings(channel, queues,
                config.getOptionalValue("endpoint", String.class).filter(s -> !s.isBlank()),
                config.getOptionalValue("region", String.class).filter(s -> !s.isBlank()),
                PipelineEventCodec.named(config.getOptionalValue("event", String.class).orElse("upload-created")),
                config.getOptionalValue("max-in-flight", Integer.class).orElse(1),
                Duration.ofSeconds(config.getOptionalValue("visibility-timeout-seconds", Integer.class).orElse(120)),
                Duration.ofSeconds(config.getOptionalValue("wait-time-seconds", Integer.class).orElse(20)),
                Duration.ofSeconds(config.getOptionalValue("retry-delay-seconds", Integer.class).orElse(10)));
    }

    public SqsChannelSettings {
        if (queues.isEmpty()) {
            throw new IllegalArgumentException("channel " + channel + ": no queue");
        }
        if (maxInFlight < 1 || maxInFlight > 10) {
            throw new IllegalArgumentException("channel " + channel + ": max-in-flight must be 1..10");
        }
        if (visibility.toSeconds() < 3 || waitTime.toSeconds() > 20) {
            throw new IllegalArgumentException("channel " + channel
                    + ": visibility-timeout-seconds >= 3 and wait-time-seconds <= 20 (the SQS limit)");
        }
    }
}
