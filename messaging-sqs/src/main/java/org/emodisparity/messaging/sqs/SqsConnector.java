package org.emodisparity.messaging.sqs;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.annotations.ConnectorAttribute;
import io.smallrye.reactive.messaging.annotations.ConnectorAttribute.Direction;
import io.smallrye.reactive.messaging.connector.InboundConnector;
import io.smallrye.reactive.messaging.connector.OutboundConnector;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.health.HealthReporter;
import io.smallrye.reactive.messaging.providers.helpers.MultiUtils;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.emodisparity.model.codec.MessageCodec;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The distributed mode's channels on Amazon SQS (or ElasticMQ), on the AWS SDK v2:
 * <pre>
 * mp.messaging.incoming.uploads.connector=emodisparity-sqs
 * mp.messaging.incoming.uploads.queue=emodisparity-uploads        # a name or a queue URL
 * mp.messaging.incoming.uploads.event=s3-object-created
 * mp.messaging.outgoing.segmented.queue=emodisparity-face,emodisparity-speech,emodisparity-transcribe-sentiment
 * mp.messaging.connector.emodisparity-sqs.endpoint=http://localhost:9324   # ElasticMQ; absent on AWS
 * </pre>
 * Written here rather than taken from {@code smallrye-reactive-messaging-aws-sqs} 4.28.0: that connector has no
 * visibility renewal for long jobs (and its incoming metadata lacks the queue URL needed to add one from outside),
 * and it is built against SmallRye Reactive Messaging 4.28 while Quarkus 3.33 ships 4.33.
 *
 * <p>A transport only: it carries bodies and knows no event type. A channel's {@code event} option names the
 * {@link MessageCodec} that turns its bodies into payloads and back: the application's CDI bean with that
 * {@link Identifier} (shared-model's {@code PipelineEventCodecs} supplies the pipeline's events and S3's
 * notifications). The options are declared below ({@link ConnectorAttribute}: names, types, defaults, written only
 * here) and read by {@link SqsConnectorOptions}; blocking SDK calls (deletes, visibility changes, sends) run on
 * this connector's own bounded pool, never on the common ForkJoin pool or the application's worker pool; each
 * channel reports its health ({@link HealthReporter}: readiness = the queue answered its last call, liveness = the
 * poller is running), which SmallRye Health shows under {@code /q/health}; the SQS clients are closed on shutdown.
 * The time a message waited in its queue is recorded as {@code emodisparity.queue.lag}.
 */
@ApplicationScoped
@Connector(SqsConnector.NAME)
@ConnectorAttribute(name = "queue", type = "string", direction = Direction.INCOMING_AND_OUTGOING,
        description = "Queue names or URLs, comma-separated. Incoming: the first is read. Outgoing: every message is "
                + "sent to each (fan-out). Default: the channel name")
@ConnectorAttribute(name = "event", type = "string", direction = Direction.INCOMING_AND_OUTGOING,
        defaultValue = "upload-created", description = "What the bodies are: the @Identifier of the application's "
                + "MessageCodec bean (shared-model: upload-created, s3-object-created, session-segmented, part-done, "
                + "report-ready)")
@ConnectorAttribute(name = "endpoint", type = "string", direction = Direction.INCOMING_AND_OUTGOING,
        description = "Endpoint override (ElasticMQ, LocalStack); the region's AWS endpoint when empty")
@ConnectorAttribute(name = "region", type = "string", direction = Direction.INCOMING_AND_OUTGOING,
        description = "AWS region; the SDK's default region chain when empty")
@ConnectorAttribute(name = "max-in-flight", type = "int", direction = Direction.INCOMING, defaultValue = "1",
        description = "Messages of this channel processed at once by this process (1..10)")
@ConnectorAttribute(name = "visibility-timeout-seconds", type = "int", direction = Direction.INCOMING,
        defaultValue = "120", description = "How long a received message stays hidden; renewed every third of it "
                + "while it is processed (>= 3)")
@ConnectorAttribute(name = "wait-time-seconds", type = "int", direction = Direction.INCOMING, defaultValue = "20",
        description = "Long-polling wait (<= 20, the SQS limit)")
@ConnectorAttribute(name = "retry-delay-seconds", type = "int", direction = Direction.INCOMING, defaultValue = "10",
        description = "A failed message becomes visible again after this times its receive count")
@ConnectorAttribute(name = "sdk-threads", type = "int", direction = Direction.INCOMING_AND_OUTGOING,
        defaultValue = "8", description = "Threads of the connector's pool for blocking SDK calls (connector-wide; "
                + "the first channel's value counts)")
public class SqsConnector implements InboundConnector, OutboundConnector, HealthReporter {
    public static final String NAME = "emodisparity-sqs";

    private final SqsQueues queues = new SqsQueues();
    private final List<SqsInbound> inbounds = new CopyOnWriteArrayList<>();
    private final List<SqsOutbound> outbounds = new CopyOnWriteArrayList<>();
    private volatile ExecutorService sdkCalls;

    @Inject
    @Any
    Instance<MessageCodec> codecs;

    /** The codec a channel's {@code event} option names ({@code part-done}; {@code PART_DONE} is read the same). */
    private MessageCodec codec(String event) {
        String id = event.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        Instance<MessageCodec> found = codecs.select(Identifier.Literal.of(id));
        if (!found.isResolvable()) {
            throw new IllegalArgumentException("unknown event '" + event + "': no single MessageCodec bean @Identifier(\""
                    + id + "\") in the application");
        }
        return found.get();
    }

    /** The pool for blocking SDK calls, made on first use (its size from the first channel's {@code sdk-threads}). */
    private synchronized ExecutorService sdkCalls(Config config) {
        if (sdkCalls == null) {
            int threads = Math.max(1, new SqsConnectorOptions(config).integer("sdk-threads"));
            AtomicInteger n = new AtomicInteger();
            sdkCalls = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "sqs-sdk-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return sdkCalls;
    }

    @Override
    public Flow.Publisher<? extends Message<?>> getPublisher(Config config) {
        SqsChannelSettings settings = SqsChannelSettings.from(config, this::codec);
        SqsClient client = queues.client(settings.endpoint(), settings.region());
        SqsInbound inbound = new SqsInbound(settings, client, queues.url(client, settings.queues().get(0)),
                sdkCalls(config));
        inbounds.add(inbound);
        return inbound.messages();
    }

    @Override
    public Flow.Subscriber<? extends Message<?>> getSubscriber(Config config) {
        SqsChannelSettings settings = SqsChannelSettings.from(config, this::codec);
        SqsClient client = queues.client(settings.endpoint(), settings.region());
        List<String> urls = settings.queues().stream().map(q -> queues.url(client, q)).toList();
        SqsOutbound outbound = new SqsOutbound(settings.channel(), settings.codec(), client, urls, sdkCalls(config));
        outbounds.add(outbound);
        return MultiUtils.via(outbound::send);
    }

    @Override
    public HealthReport getReadiness() {
        HealthReport.HealthReportBuilder report = HealthReport.builder();
        inbounds.forEach(i -> report.add(i.channel(), i.queueAnswered(), i.lastProblem()));
        outbounds.forEach(o -> report.add(o.channel(), o.queueAnswered(), o.lastProblem()));
        return report.build();
    }

    @Override
    public HealthReport getLiveness() {
        HealthReport.HealthReportBuilder report = HealthReport.builder();
        inbounds.forEach(i -> report.add(i.channel(), i.alive(), i.alive() ? null : "poller stopped"));
        outbounds.forEach(o -> report.add(o.channel(), true));
        return report.build();
    }

    @PreDestroy
    void close() {
        inbounds.forEach(SqsInbound::close);
        ExecutorService pool = sdkCalls;
        if (pool != null) {
            pool.shutdown();
            try {
                // let deletes and visibility changes of finished messages go out before the clients close
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        queues.close();
    }
}
