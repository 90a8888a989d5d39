package org.emodisparity.messaging.sqs;

import io.smallrye.reactive.messaging.connector.InboundConnector;
import io.smallrye.reactive.messaging.connector.OutboundConnector;
import io.smallrye.reactive.messaging.providers.helpers.MultiUtils;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
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
 */
@ApplicationScoped
@Connector(SqsConnector.NAME)
public class SqsConnector implements InboundConnector, OutboundConnector {
    public static final String NAME = "emodisparity-sqs";

    private final SqsQueues queues = new SqsQueues();
    private final List<SqsInbound> inbounds = new CopyOnWriteArrayList<>();

    @Override
    public Flow.Publisher<? extends Message<?>> getPublisher(Config config) {
        SqsChannelSettings settings = SqsChannelSettings.from(config);
        SqsClient client = queues.client(settings.endpoint(), settings.region());
        SqsInbound inbound = new SqsInbound(settings, client, queues.url(client, settings.queues().get(0)));
        inbounds.add(inbound);
        return inbound.messages();
    }

    @Override
    public Flow.Subscriber<? extends Message<?>> getSubscriber(Config config) {
        SqsChannelSettings settings = SqsChannelSettings.from(config);
        SqsClient client = queues.client(settings.endpoint(), settings.region());
        List<String> urls = settings.queues().stream().map(q -> queues.url(client, q)).toList();
        SqsOutbound outbound = new SqsOutbound(client, urls);
        return MultiUtils.via(outbound::send);
    }

    @PreDestroy
    void close() {
        inbounds.forEach(SqsInbound::close);
        queues.close();
    }
}
