package org.emodisparity.messaging.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.codec.PipelineEventCodec;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The connector's delivery guarantees against a real SQS-compatible server (ElasticMQ on a loopback port). */
class SqsConnectorTest {
    private static SQSRestServer server;
    private static SqsClient sqs;
    private static int queueCount;
    /** The connector's own pool for blocking SDK calls, as SqsConnector makes it. */
    private static final java.util.concurrent.ExecutorService SDK_CALLS = java.util.concurrent.Executors
            .newFixedThreadPool(2, r -> new Thread(r, "sqs-sdk-test"));
    private SqsInbound inbound;

    @BeforeAll
    static void start() {
        server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        int port = server.waitUntilStarted().localAddress().getPort();
        sqs = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build();
    }

    @AfterAll
    static void stop() {
        sqs.close();
        SDK_CALLS.shutdownNow();
        // Stop is started, not awaited: ElasticMQ's HTTP server waits for its open connections until a one-minute
        // deadline, which made this after-all step time out on a busy CI machine. The test JVM ends after it anyway.
        server.stopAndGetFuture().apply();
    }

    @AfterEach
    void closeInbound() {
        if (inbound != null) {
            inbound.close();
        }
    }

    /** A queue with a dead-letter queue after {@code maxReceives}; returns {url, dlqUrl}. */
    private static String[] queueWithDlq(int maxReceives) {
        String name = "q" + (++queueCount);
        String dlq = sqs.createQueue(b -> b.queueName(name + "-dlq")).queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String url = sqs.createQueue(b -> b.queueName(name).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + maxReceives + "\"}"))).queueUrl();
        return new String[] {url, dlq};
    }

    private static SqsChannelSettings settings(String url, int visibilitySeconds, int maxInFlight) {
        return new SqsChannelSettings("parts", List.of(url), Optional.empty(), Optional.empty(),
                PipelineEventCodec.PART_DONE, maxInFlight, Duration.ofSeconds(visibilitySeconds), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }

    private BlockingQueue<Message<Object>> consume(String url, int visibilitySeconds, int maxInFlight) {
        inbound = new SqsInbound(settings(url, visibilitySeconds, maxInFlight), sqs, url, SDK_CALLS);
        BlockingQueue<Message<Object>> received = new LinkedBlockingQueue<>();
        inbound.messages().subscribe().with(received::add);
        return received;
    }

    private static String partDone(String session) {
        return PipelineEventCodec.json(new PartDone(new SessionRef("c1", session), Stage.FACE,
                "work/c1/" + session + "/parts/face.json"));
    }

    private static int visibleAndHidden(String url) {
        Map<QueueAttributeName, String> a = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Test
    void aLongJobKeepsItsMessageAndAckDeletesIt() throws Exception {
        String url = queueWithDlq(5)[0];
        sqs.sendMessage(b -> b.queueUrl(url).messageBody(partDone("s1")));
        BlockingQueue<Message<Object>> received = consume(url, 3, 1);
        Message<Object> job = received.poll(10, TimeUnit.SECONDS);
        assertTrue(job.getPayload() instanceof PartDone);
        // three visibility timeouts of "work": without the heartbeat another consumer would get the message
        Thread.sleep(9_000);
        assertTrue(sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(1)).messages().isEmpty(),
                "the message stayed hidden while it was being processed");
        assertEquals(0, received.size(), "and was not delivered twice");
        job.ack().toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals(0, visibleAndHidden(url), "ack deleted it");
    }

    @Test
    void aNackedMessageComesBackAndAnUnackedOneAfterItsConsumerDies() throws Exception {
        String url = queueWithDlq(5)[0];
        sqs.sendMessage(b -> b.queueUrl(url).messageBody(partDone("s2")));
        BlockingQueue<Message<Object>> received = consume(url, 3, 1);
        Message<Object> first = received.poll(10, TimeUnit.SECONDS);
        first.nack(new IllegalStateException("store unavailable")).toCompletableFuture().get(5, TimeUnit.SECONDS);
        Message<Object> second = received.poll(15, TimeUnit.SECONDS);
        assertEquals(first.getPayload(), second.getPayload(), "redelivered after the retry delay");
        assertEquals(2, second.getMetadata(SqsInbound.SqsReceipt.class).orElseThrow().receiveCount());
        // the consumer dies holding it (no ack, no heartbeat): a new consumer gets it within one timeout
        inbound.close();
        BlockingQueue<Message<Object>> afterRestart = consume(url, 3, 1);
        Message<Object> third = afterRestart.poll(15, TimeUnit.SECONDS);
        assertEquals(first.getPayload(), third.getPayload());
        third.ack().toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals(0, visibleAndHidden(url));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterQueueWithoutBlockingTheOthers() throws Exception {
        String[] q = queueWithDlq(2);
        sqs.sendMessage(b -> b.queueUrl(q[0]).messageBody("{\"this is\": not json"));
        for (int i = 0; i < 3; i++) {
            String s = "s" + (10 + i);
            sqs.sendMessage(b -> b.queueUrl(q[0]).messageBody(partDone(s)));
        }
        BlockingQueue<Message<Object>> received = consume(q[0], 3, 1);
        for (int i = 0; i < 3; i++) { // one in flight at a time: the poison message never holds the slot
            Message<Object> m = received.poll(10, TimeUnit.SECONDS);
            assertTrue(m != null && m.getPayload() instanceof PartDone, "valid message " + i + " delivered");
            m.ack().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<software.amazon.awssdk.services.sqs.model.Message> dead = List.of();
        while (dead.isEmpty() && System.nanoTime() < deadline) {
            dead = sqs.receiveMessage(b -> b.queueUrl(q[1]).waitTimeSeconds(1)).messages();
        }
        assertEquals(1, dead.size(), "the poison message reached the dead-letter queue");
        assertEquals("{\"this is\": not json", dead.get(0).body());
        assertEquals(0, received.size(), "and was never handed to the function");
    }

    @Test
    void anOutgoingChannelSendsToEveryQueueBeforeAcking() throws Exception {
        List<String> urls = List.of(queueWithDlq(5)[0], queueWithDlq(5)[0], queueWithDlq(5)[0]);
        SqsOutbound outbound = new SqsOutbound("parts", PipelineEventCodec.PART_DONE, sqs, urls, SDK_CALLS);
        java.util.concurrent.CompletableFuture<Void> acked = new java.util.concurrent.CompletableFuture<>();
        PartDone payload = new PartDone(new SessionRef("c1", "s3"), Stage.SPEECH, "work/c1/s3/parts/speech.json");
        Message<?> message = Message.of(payload, () -> {
            acked.complete(null);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        });
        outbound.send(Multi.createFrom().item(message)).collect().asList().await().atMost(Duration.ofSeconds(10));
        acked.get(5, TimeUnit.SECONDS);
        for (String url : urls) {
            var got = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(1)).messages();
            assertEquals(1, got.size());
            assertEquals(payload, PipelineEventCodec.PART_DONE.decode(got.get(0).body()).get(0));
        }
    }

    @Test
    void sendsRunOnTheConnectorsPoolAndAFailedSendMakesTheChannelNotReady() throws Exception {
        String good = queueWithDlq(5)[0];
        SqsOutbound outbound = new SqsOutbound("parts", PipelineEventCodec.PART_DONE, sqs, List.of(good), SDK_CALLS);
        assertTrue(outbound.queueAnswered(), "ready before the first send");
        java.util.concurrent.CompletableFuture<String> ackThread = new java.util.concurrent.CompletableFuture<>();
        Message<?> ok = Message.of(new PartDone(new SessionRef("c1", "s4"), Stage.FACE, "work/c1/s4/parts/face.json"), () -> {
            ackThread.complete(Thread.currentThread().getName());
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        });
        outbound.send(Multi.createFrom().item(ok)).collect().asList().await().atMost(Duration.ofSeconds(10));
        assertEquals("sqs-sdk-test", ackThread.get(5, TimeUnit.SECONDS), "the blocking send ran on the connector's pool");
        assertTrue(outbound.queueAnswered());

        // the same queue behind an endpoint that does not answer (nothing listens on port 1)
        SqsClient unreachable = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create("http://127.0.0.1:1")).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build();
        SqsOutbound broken = new SqsOutbound("parts", PipelineEventCodec.PART_DONE, unreachable, List.of(good), SDK_CALLS);
        java.util.concurrent.CompletableFuture<Throwable> nacked = new java.util.concurrent.CompletableFuture<>();
        Message<?> lost = Message.of(new PartDone(new SessionRef("c1", "s5"), Stage.FACE, "work/c1/s5/parts/face.json"))
                .withNack(t -> {
                    nacked.complete(t);
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                });
        broken.send(Multi.createFrom().item(lost)).collect().asList().await().atMost(Duration.ofSeconds(10));
        assertNotNull(nacked.get(5, TimeUnit.SECONDS), "the failed send nacks its message");
        assertFalse(broken.queueAnswered(), "and the channel reports not ready");
        assertTrue(broken.lastProblem().startsWith("cannot send"), broken.lastProblem());
        unreachable.close();
    }

    @Test
    void queueLagIsRecordedAndAnUnreachableQueueMakesTheInboundNotReady() throws Exception {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry registry =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        io.micrometer.core.instrument.Metrics.addRegistry(registry);
        try {
            String url = queueWithDlq(5)[0];
            sqs.sendMessage(b -> b.queueUrl(url).messageBody(partDone("lag")));
            BlockingQueue<Message<Object>> received = consume(url, 30, 1);
            Message<Object> m = received.poll(10, TimeUnit.SECONDS);
            assertNotNull(m);
            m.ack().toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertTrue(inbound.queueAnswered());
            assertTrue(inbound.alive());
            var lag = registry.find(org.emodisparity.model.ops.StageMetrics.QUEUE_LAG).tag("channel", "parts").timer();
            assertNotNull(lag, "queue lag recorded");
            assertEquals(1, lag.count());
            inbound.close();

            // the same queue behind an endpoint that does not answer (nothing listens on port 1)
            try (SqsClient unreachable = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                    .endpointOverride(URI.create("http://127.0.0.1:1")).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build()) {
                inbound = new SqsInbound(settings(url, 30, 1), unreachable, url, SDK_CALLS);
                inbound.messages().subscribe().with(x -> { });
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (inbound.queueAnswered() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertFalse(inbound.queueAnswered(), "a queue that does not answer makes the channel not ready");
                assertTrue(inbound.lastProblem().startsWith("cannot receive"), inbound.lastProblem());
                assertTrue(inbound.alive(), "but the poller keeps trying (alive)");
                inbound.close();
            }
        } finally {
            io.micrometer.core.instrument.Metrics.removeRegistry(registry);
        }
    }
}
