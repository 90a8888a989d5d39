/**
 * The {@code emodisparity-sqs} SmallRye Reactive Messaging connector, the distributed mode's transport. It carries
 * bodies and knows no event type: a channel's {@code event} option names the application's
 * {@link org.emodisparity.model.codec.MessageCodec} bean (shared-model's {@code codec} package has the pipeline's).
 * <ul>
 * <li>{@link org.emodisparity.messaging.sqs.SqsConnector}: the connector; options declared with
 *     {@code @ConnectorAttribute} (names, types, defaults: only there); codecs resolved by {@code @Identifier};
 *     channel health ({@code HealthReporter}); its own pool for blocking SDK calls; clients closed on shutdown.
 * <li>{@code SqsConnectorOptions}: reads a channel's options with the declared names and defaults (what SmallRye's
 *     attribute processor would generate, read at run time).
 * <li>{@link org.emodisparity.messaging.sqs.SqsChannelSettings}: one channel's options, validated.
 * <li>{@code SqsInbound}: long polling with {@code max-in-flight} slots, visibility renewal, ack = delete,
 *     nack = delayed retry, poison messages left to the dead-letter queue; records queue lag.
 * <li>{@code SqsOutbound}: one send per queue of the channel (fan-out), ack after every send.
 * <li>{@code SqsQueues}: SQS clients per endpoint/region and queue URLs.
 * </ul>
 * The distributed profile's connector settings shared by every function are in this module's
 * {@code META-INF/microprofile-config.properties}.
 */
package org.emodisparity.messaging.sqs;
