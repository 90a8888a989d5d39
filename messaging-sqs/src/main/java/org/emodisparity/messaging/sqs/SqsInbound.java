package org.emodisparity.messaging.sqs;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.emodisparity.model.codec.MalformedEventException;
import org.emodisparity.model.ops.StageMetrics;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * Reads one queue for one channel.
 *
 * <ul>
 * <li>At most {@code max-in-flight} SQS messages are being processed at once; the next receive waits for a slot.
 * <li>While a message is processed its visibility is renewed every third of the visibility timeout, so an hour
 *     of face analysis keeps its message, and a process that dies loses it within one timeout: another (or the
 *     restarted) consumer then gets it again.
 * <li>Ack deletes the message. Nack makes it visible again after {@code retry-delay × receive count}; after the
 *     queue's {@code maxReceiveCount} SQS moves it to the dead-letter queue (the redrive policy of the queue).
 * <li>Bodies become payloads through the channel's {@code MessageCodec}; one body may hold several (each is
 *     handed on, the message is deleted when all are acked) or none (deleted at once).
 * <li>A body that is not the channel's event (a poison message) is never handed to the function; it is left to
 *     the redrive policy the same way, while the other messages go on.
 * </ul>
 */
final class SqsInbound implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SqsInbound.class);
    private static final int MAX_VISIBILITY_SECONDS = 12 * 60 * 60;

    /** Where a pipeline message came from: for logs and tests, never the body. */
    public record SqsReceipt(String queueUrl, String messageId, int receiveCount) {
    }

    private final SqsChannelSettings settings;
    private final SqsClient sqs;
    private final String queueUrl;
    private final Semaphore slots;
    private final Map<String, String> inFlight = new ConcurrentHashMap<>(); // messageId -> receipt handle
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ScheduledExecutorService heartbeat;
    private final Executor sdkCalls;
    private volatile Thread poller;
    /** Why the last receive failed; null while the queue answers. */
    private volatile String lastProblem;

    SqsInbound(SqsChannelSettings settings, SqsClient sqs, String queueUrl, Executor sdkCalls) {
        this.settings = settings;
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.sdkCalls = sdkCalls;
        this.slots = new Semaphore(settings.maxInFlight());
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sqs-heartbeat-" + settings.channel()));
        long every = Math.max(1, settings.visibility().toSeconds() / 3);
        heartbeat.scheduleWithFixedDelay(this::renewVisibility, every, every, TimeUnit.SECONDS);
    }

    String channel() {
        return settings.channel();
    }

    /** Readiness: the queue answered the last receive (true before the first one). */
    boolean queueAnswered() {
        return lastProblem == null;
    }

    String lastProblem() {
        return lastProblem;
    }

    /** Liveness: the poller runs (or has not been started yet by its subscriber). */
    boolean alive() {
        Thread t = poller;
        return running.get() && (t == null || t.isAlive());
    }

    Multi<Message<Object>> messages() {
        return Multi.createFrom().emitter(emitter -> {
            poller = daemon(() -> poll(emitter), "sqs-poll-" + settings.channel());
            emitter.onTermination(this::close);
            poller.start();
        });
    }

    private void poll(MultiEmitter<? super Message<Object>> emitter) {
        Duration backoff = Duration.ofSeconds(1);
        while (running.get()) {
            int taken = 0;
            try {
                slots.acquire();
                taken = 1 + slots.drainPermits();
                int want = Math.min(10, taken);
                ReceiveMessageResponse response = sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                        .maxNumberOfMessages(want)
                        .waitTimeSeconds((int) settings.waitTime().toSeconds())
                        .visibilityTimeout((int) settings.visibility().toSeconds())
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                                MessageSystemAttributeName.SENT_TIMESTAMP));
                backoff = Duration.ofSeconds(1);
                lastProblem = null;
                for (software.amazon.awssdk.services.sqs.model.Message m : response.messages()) {
                    if (deliver(m, emitter)) {
                        taken--; // the slot is released by the message's ack or nack
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                lastProblem = "cannot receive from the queue: " + e.getClass().getSimpleName();
                LOG.warnf("channel %s: cannot receive from the queue (%s); retrying in %d s", settings.channel(),
                        e.getClass().getSimpleName(), backoff.toSeconds());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : backoff.multipliedBy(2);
            } finally {
                slots.release(Math.max(0, taken));
            }
        }
    }

    /** @return true when the message was handed on (it holds a slot until acked or nacked) */
    private boolean deliver(software.amazon.awssdk.services.sqs.model.Message m,
                            MultiEmitter<? super Message<Object>> emitter) {
        int receiveCount = Integer.parseInt(m.attributes().getOrDefault(
                MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
        String sent = m.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP);
        if (sent != null) {
            StageMetrics.received(settings.channel(),
                    Duration.ofMillis(System.currentTimeMillis() - Long.parseLong(sent)), receiveCount);
        }
        List<Object> events;
        try {
            events = settings.codec().decode(m.body());
        } catch (MalformedEventException e) {
            LOG.warnf("channel %s: message %s is not a valid event (%s), receive %d; it goes to the dead-letter "
                    + "queue after the queue's maximum receives", settings.channel(), m.messageId(), e.getMessage(),
                    receiveCount);
            retryLater(m.receiptHandle(), receiveCount);
            return false;
        }
        if (events.isEmpty()) {
            LOG.debugf("channel %s: message %s holds nothing for the pipeline; deleted", settings.channel(), m.messageId());
            delete(m.receiptHandle());
            return false;
        }
        inFlight.put(m.messageId(), m.receiptHandle());
        SqsReceipt receipt = new SqsReceipt(queueUrl, m.messageId(), receiveCount);
        AtomicInteger pending = new AtomicInteger(events.size());
        AtomicBoolean settled = new AtomicBoolean(false);
        for (Object event : events) {
            emitter.emit(Message.of(event, Metadata.of(receipt),
                    () -> pending.decrementAndGet() == 0 && settled.compareAndSet(false, true)
                            ? settle(m, true, receiveCount, null) : CompletableFuture.completedFuture(null),
                    failure -> settled.compareAndSet(false, true)
                            ? settle(m, false, receiveCount, failure) : CompletableFuture.completedFuture(null)));
        }
        return true;
    }

    private CompletionStage<Void> settle(software.amazon.awssdk.services.sqs.model.Message m, boolean ok,
                                         int receiveCount, Throwable failure) {
        return CompletableFuture.runAsync(() -> {
            try {
                if (ok) {
                    delete(m.receiptHandle());
                } else {
                    LOG.warnf("channel %s: message %s failed (%s), receive %d; retried later", settings.channel(),
                            m.messageId(), failure == null ? "?" : failure.getClass().getSimpleName(), receiveCount);
                    retryLater(m.receiptHandle(), receiveCount);
                }
            } finally {
                inFlight.remove(m.messageId());
                slots.release();
            }
        }, sdkCalls);
    }

    private void delete(String receiptHandle) {
        try {
            sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle));
        } catch (RuntimeException e) {
            // the message comes back after its visibility timeout; the stages are idempotent
            LOG.warnf("channel %s: cannot delete a processed message (%s)", settings.channel(), e.getClass().getSimpleName());
        }
    }

    private void retryLater(String receiptHandle, int receiveCount) {
        long delay = Math.min(MAX_VISIBILITY_SECONDS, settings.retryDelay().toSeconds() * Math.max(1, receiveCount));
        try {
            sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle)
                    .visibilityTimeout((int) delay));
        } catch (RuntimeException e) {
            LOG.warnf("channel %s: cannot delay a failed message (%s)", settings.channel(), e.getClass().getSimpleName());
        }
    }

    private void renewVisibility() {
        for (Map.Entry<String, String> entry : Map.copyOf(inFlight).entrySet()) {
            try {
                sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(entry.getValue())
                        .visibilityTimeout((int) settings.visibility().toSeconds()));
            } catch (RuntimeException e) {
                if (inFlight.containsKey(entry.getKey())) { // else it was settled meanwhile: nothing lost
                    LOG.warnf("channel %s: cannot extend message %s (%s)", settings.channel(), entry.getKey(),
                            e.getClass().getSimpleName());
                }
            }
        }
    }

    @Override
    public void close() {
        if (running.compareAndSet(true, false)) {
            if (poller != null) {
                poller.interrupt();
            }
            heartbeat.shutdown();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
