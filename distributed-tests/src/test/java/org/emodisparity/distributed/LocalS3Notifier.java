package org.emodisparity.distributed;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.emodisparity.model.codec.S3UploadNotifications;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What S3's event notifications do for the uploads bucket, for an S3-compatible server that has none (S3Proxy):
 * watches the {@code uploads/} prefix and sends the same {@code ObjectCreated} JSON that S3 sends to the uploads
 * queue, once per new object version (key + ETag).
 */
final class LocalS3Notifier implements AutoCloseable {
    private final LocalCloud cloud;
    private final String queueUrl;
    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    LocalS3Notifier(LocalCloud cloud) {
        this.cloud = cloud;
        this.queueUrl = cloud.queueUrl("emodisparity-uploads");
        this.thread = new Thread(this::watch, "local-s3-notifier");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            try {
                for (S3Object o : cloud.s3.listObjectsV2Paginator(b -> b.bucket(LocalCloud.UPLOADS_BUCKET)
                        .prefix("uploads/")).contents()) {
                    // S3Proxy's file store lists an object still being written without an ETag: the next pass
                    // sees it whole
                    if (!o.key().endsWith("/") && o.eTag() != null && !o.eTag().equals(seen.put(o.key(), o.eTag()))) {
                        notify(o.key(), o.size(), o.eTag());
                    }
                }
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    System.err.println("local-s3-notifier: " + e);
                }
            }
        }
    }

    /** Sends the notification of one object (also used by the tests to deliver an event twice). */
    void notify(String key, long size, String eTag) {
        String json = S3UploadNotifications.objectCreated(LocalCloud.REGION, LocalCloud.UPLOADS_BUCKET, key, size,
                eTag.replace("\"", ""), Instant.now());
        cloud.sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(json));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
