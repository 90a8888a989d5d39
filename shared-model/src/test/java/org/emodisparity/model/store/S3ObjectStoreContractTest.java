package org.emodisparity.model.store;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The same contract against a real S3-compatible server: S3Proxy (filesystem blob store) on a loopback port,
 * spoken to by the AWS SDK v2 exactly as the cloud functions do (path-style, checksums only when required).
 */
class S3ObjectStoreContractTest extends ObjectStoreContract {
    private static S3Proxy proxy;
    private static S3Client s3;
    private static int bucketCount;

    @BeforeAll
    static void startServer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path blobs) throws Exception {
        Properties props = new Properties();
        props.setProperty("jclouds.filesystem.basedir", blobs.toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential")
                .overrides(props).build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret")
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) {
            Thread.sleep(10);
        }
        s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create("http://127.0.0.1:" + proxy.getPort()))
                .region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test-access", "test-secret")))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (proxy != null) {
            proxy.stop();
        }
    }

    @Override
    ObjectStore store() {
        String bucket = "contract-" + (++bucketCount);
        s3.createBucket(b -> b.bucket(bucket));
        return new S3ObjectStore(s3, bucket, null);
    }

    @org.junit.jupiter.api.Test
    void eachAreaGoesToItsOwnBucketWhenConfigured() throws Exception {
        for (String b : java.util.List.of("routing-work", "routing-uploads", "routing-reports")) {
            s3.createBucket(r -> r.bucket(b));
        }
        ObjectStore store = new S3ObjectStore(s3, BucketRouting.of("routing-work", "routing-uploads", "routing-reports"),
                null, null);
        store.put("uploads/c/s/video.mp4", new byte[] {1});
        store.put("work/c/s/plan.json", new byte[] {2});
        store.put("reports/c/s/report.json", new byte[] {3});
        store.put("audit/c/2026/x.json", new byte[] {4});
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("uploads/c/s/video.mp4"), keys("routing-uploads"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("work/c/s/plan.json"), keys("routing-work"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("audit/c/2026/x.json", "reports/c/s/report.json"),
                keys("routing-reports"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("uploads/c/s/video.mp4"), store.list("uploads/c/"));
    }

    @org.junit.jupiter.api.Test
    void aPresignedUrlUploadsExactlyItsKey() throws Exception {
        s3.createBucket(r -> r.bucket("presign"));
        var presigner = software.amazon.awssdk.services.s3.presigner.S3Presigner.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + proxy.getPort())).region(Region.US_EAST_1)
                .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test-access", "test-secret")))
                .build();
        ObjectStore store = new S3ObjectStore(s3, BucketRouting.single("presign"), null, presigner);
        var upload = store.presignUpload("uploads/c/s/video.mp4", java.time.Duration.ofMinutes(5), "video/mp4").orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(upload.expiresAt().isBefore(java.time.Instant.now().plusSeconds(301)));
        var http = java.net.http.HttpClient.newHttpClient();
        var put = java.net.http.HttpRequest.newBuilder(URI.create(upload.url()))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {7, 8, 9}));
        upload.headers().forEach(put::header);
        var response = http.send(put.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), response.body());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {7, 8, 9}, store.get("uploads/c/s/video.mp4").orElseThrow());
        // the signature covers the key: the same URL pointed at another key is refused
        var other = java.net.http.HttpRequest.newBuilder(URI.create(upload.url().replace("video.mp4", "other.mp4")))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {1}));
        upload.headers().forEach(other::header);
        org.junit.jupiter.api.Assertions.assertEquals(403, http.send(other.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
        org.junit.jupiter.api.Assertions.assertFalse(store.exists("uploads/c/s/other.mp4"));
    }

    private static java.util.List<String> keys(String bucket) {
        // S3Proxy lists folder markers ("uploads/") too; only objects count
        return s3.listObjectsV2(r -> r.bucket(bucket)).contents().stream().map(o -> o.key())
                .filter(k -> !k.endsWith("/")).sorted().toList();
    }
}
