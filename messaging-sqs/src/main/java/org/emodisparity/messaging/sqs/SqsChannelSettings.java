package org.emodisparity.messaging.sqs;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.emodisparity.model.codec.MessageCodec;

/**
 * One channel's settings, from {@code mp.messaging.[incoming|outgoing].<channel>.*} (and the connector-wide
 * {@code mp.messaging.connector.emodisparity-sqs.*}), read by {@link SqsConnectorOptions} with the names and
 * defaults the connector declares.
 *
 * @param queues          queue names or URLs; an outgoing channel sends every message to each (fan-out by one
 *                        send per queue), an incoming channel reads the first
 * @param endpoint        endpoint override (ElasticMQ, LocalStack); the AWS endpoint of the region when empty
 * @param region          the SDK's default region chain when empty
 * @param codec           what the bodies are: the {@link MessageCodec} the channel's {@code event} option names
 * @param maxInFlight     messages of this channel being processed at once by this process
 * @param visibility      how long a received message stays hidden; renewed every third of it while processing,
 *                        so a long job keeps its message and a dead process loses it after at most this long
 * @param waitTime        long-polling wait
 * @param retryDelay      a failed message becomes visible again after this times its receive count
 */
public record SqsChannelSettings(String channel, List<String> queues, Optional<String> endpoint,
                                 Optional<String> region, MessageCodec codec, int maxInFlight,
                                 Duration visibility, Duration waitTime, Duration retryDelay) {

    /**
     * @param codecs the codec of an {@code event} name (the connector looks up the application's CDI beans)
     */
    static SqsChannelSettings from(Config config, Function<String, MessageCodec> codecs) {
        SqsConnectorOptions options = new SqsConnectorOptions(config);
        String channel = options.channel();
        List<String> queues = Arrays.stream(options.raw("queue").orElse(channel).split(","))
                .map(String::trim).filter(q -> !q.isEmpty()).toList();
        return new SqsChannelSettings(channel, queues, options.string("endpoint"), options.string("region"),
                codecs.apply(options.raw("event").orElseThrow().trim()),
                options.integer("max-in-flight"),
                Duration.ofSeconds(options.integer("visibility-timeout-seconds")),
                Duration.ofSeconds(options.integer("wait-time-seconds")),
                Duration.ofSeconds(options.integer("retry-delay-seconds")));
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
