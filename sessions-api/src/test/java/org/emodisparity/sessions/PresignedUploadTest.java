package org.emodisparity.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.store.BucketRouting;
import org.emodisparity.model.store.S3ObjectStore;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned upload URLs are short-lived (the configured TTL, never more than 15 minutes) and name exactly one key,
 * the server-chosen one, in the uploads bucket. Signing is local: no S3 server is needed to check the URL.
 */
class PresignedUploadTest {
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"));
    static final URI ENDPOINT = URI.create("http://localhost:9");

    static SessionService service(Duration ttl) {
        S3Client s3 = S3Client.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                .endpointOverride(ENDPOINT).forcePathStyle(true).build();
        S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                .endpointOverride(ENDPOINT)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
        S3ObjectStore store = new S3ObjectStore(s3, BucketRouting.of("work-bucket", "uploads-bucket", "reports-bucket"),
                null, presigner);
        SessionsConfig config = new SessionsConfig() {
            @Override
            public Duration uploadUrlTtl() {
                return ttl;
            }

            @Override
            public int trustedProxyHops() {
                return 1;
            }
        };
        return new SessionService(store, config, Clock.systemUTC());
    }

    @Test
    void aPresignedUrlIsForOneKeyAndExpiresAfterTheConfiguredTtl() {
        SessionRef s = new SessionRef("clinic-a", "s-1");
        String key = ObjectKeys.upload(s, "video.mp4");
        Instant before = Instant.now();
        Api.UploadTarget target = service(Duration.ofMinutes(10)).target(s, key, "video/mp4", "upload");
        assertEquals("PUT", target.method());
        assertFalse(target.bearerTokenRequired());
        assertTrue(target.url().startsWith("http://localhost:9/uploads-bucket/uploads/clinic-a/s-1/video.mp4?"), target.url());
        assertTrue(target.url().contains("X-Amz-Expires=600"), target.url());
        assertTrue(target.headers().entrySet().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("content-type")
                && h.getValue().equals("video/mp4")), "the signed content type: " + target.headers());
        assertTrue(!target.expiresAt().isBefore(before.plusSeconds(599)) && target.expiresAt().isBefore(before.plusSeconds(660)));
    }

    @Test
    void aLongerConfiguredTtlIsCappedAtFifteenMinutes() {
        SessionRef s = new SessionRef("clinic-a", "s-1");
        Api.UploadTarget target = service(Duration.ofHours(2)).target(s, ObjectKeys.upload(s, "video.mp4"), "video/mp4", "upload");
        assertTrue(target.url().contains("X-Amz-Expires=900"), target.url());
    }
}
