/**
 * The {@code emodisparity-sqs} SmallRye Reactive Messaging connector, the distributed mode's transport.
 * <ul>
 * <li>{@link org.emodisparity.messaging.sqs.SqsConnector}: the connector; options declared with
 *     {@code @ConnectorAttribute}; channel health ({@code HealthReporter}); its own pool for blocking SDK calls;
 *     clients closed on shutdown.
 * <li>{@link org.emodisparity.messaging.sqs.SqsChannelSettings}: one channel's options, validated.
 * <li>{@code SqsInbound}: long polling with {@code max-in-flight} slots, visibility renewal, ack = delete,
 *     nack = delayed retry, poison messages left to the dead-letter queue; records queue lag.
 * <li>{@code SqsOutbound}: one send per queue of the channel (fan-out), ack after every send.
 * <li>{@code SqsQueues}: SQS clients per endpoint/region and queue URLs.
 * <li>{@link org.emodisparity.messaging.sqs.PipelineEventCodec}, {@link org.emodisparity.messaging.sqs.S3UploadNotifications}:
 *     message bodies as pipeline events (S3 notifications become uploads).
 * </ul>
 */
package org.emodisparity.messaging.sqs;
