package org.emodisparity.messaging.sqs;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.emodisparity.model.codec.MessageCodec;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Sends one channel's messages: the body is the payload as the channel's {@link MessageCodec} writes it, sent to every queue of the channel in turn (the
 * segmenter's fan-out to face, speech and transcribe-sentiment is one send per queue, no topic). The message is
 * acked only after every send succeeded, so the incoming message that caused it is deleted only then; a failed
 * send nacks it and the whole step is retried (the receiving stages are idempotent, a duplicate is harmless).
 */
final class SqsOutbound {
    private final String channel;
    private final MessageCodec codec;
    private final SqsClient sqs;
    private final List<String> queueUrls;
    private final Executor sdkCalls;
    /** Why the last send failed; null while the queues take messages. */
    private volatile String lastProblem;

    SqsOutbound(String channel, MessageCodec codec, SqsClient sqs, List<String> queueUrls, Executor sdkCalls) {
        this.channel = channel;
        this.codec = codec;
        this.sqs = sqs;
        this.queueUrls = queueUrls;
        this.sdkCalls = sdkCalls;
    }

    String channel() {
        return channel;
    }

    /** Readiness: the last send went through (true before the first one). */
    boolean queueAnswered() {
        return lastProblem == null;
    }

    String lastProblem() {
        return lastProblem;
    }

    Multi<Message<?>> send(Multi<Message<?>> messages) {
        return messages.onItem().transformToUniAndConcatenate(message -> Uni.createFrom()
                .item(() -> {
                    sendToEveryQueue(message.getPayload());
                    return message;
                })
                .runSubscriptionOn(sdkCalls)
                .onItemOrFailure().transformToUni((sent, failure) -> {
                    lastProblem = failure == null ? null : "cannot send: " + failure.getClass().getSimpleName();
                    return Uni.createFrom()
                        .completionStage(failure == null ? message.ack() : message.nack(failure))
                        .replaceWith(message);
                }));
    }

    private void sendToEveryQueue(Object payload) {
        String body = codec.encode(payload);
        String type = payload.getClass().getSimpleName();
        for (String url : queueUrls) {
            sqs.sendMessage(b -> b.queueUrl(url).messageBody(body).messageAttributes(java.util.Map.of("event",
                    MessageAttributeValue.builder().dataType("String").stringValue(type).build())));
        }
    }
}
