package org.emodisparity.messaging.sqs;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/** SQS clients per endpoint/region, and queue names resolved to URLs once. */
final class SqsQueues implements AutoCloseable {
    private final Map<String, SqsClient> clients = new ConcurrentHashMap<>();
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    SqsClient client(Optional<String> endpoint, Optional<String> region) {
        return clients.computeIfAbsent(endpoint.orElse("") + "|" + region.orElse(""), k -> {
            SqsClientBuilder builder = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()
                    // longer than the longest long poll (20 s)
                    .socketTimeout(java.time.Duration.ofSeconds(30)));
            endpoint.map(URI::create).ifPresent(builder::endpointOverride);
            region.map(Region::of).ifPresent(builder::region);
            return builder.build();
        });
    }

    /** A URL as given, a name looked up (GetQueueUrl) and remembered. */
    String url(SqsClient client, String queue) {
        if (queue.startsWith("https://") || queue.startsWith("http://")) {
            return queue;
        }
        return urls.computeIfAbsent(queue, q -> client.getQueueUrl(b -> b.queueName(q)).queueUrl());
    }

    @Override
    public void close() {
        clients.values().forEach(SqsClient::close);
        clients.clear();
    }
}
