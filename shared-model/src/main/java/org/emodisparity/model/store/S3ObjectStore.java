package org.emodisparity.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The bucket on S3 (or an S3-compatible server). Objects are written with SSE-KMS when a key id is given,
 * so that the bucket policy that denies unencrypted uploads is satisfied.
 *
 * <p>{@code putIfAbsent} sends {@code If-None-Match: *} (S3 conditional writes) and also checks existence
 * first, because some S3-compatible servers ignore the header; callers needing strict once-only semantics
 * still make their writes idempotent (same input, same bytes).
 */
public final class S3ObjectStore implements ObjectStore, AutoCloseable {
    private final S3Client s3;
    private final BucketRouting buckets;
    private final String kmsKeyId;
    private final S3Presigner presigner;

    public S3ObjectStore(S3Client s3, String bucket, String kmsKeyId) {
        this(s3, BucketRouting.single(bucket), kmsKeyId, null);
    }

    /** @param presigner signs upload URLs for the sessions API; null where no one needs them */
    public S3ObjectStore(S3Client s3, BucketRouting buckets, String kmsKeyId, S3Presigner presigner) {
        this.s3 = s3;
        this.buckets = buckets;
        this.kmsKeyId = kmsKeyId == null || kmsKeyId.isBlank() ? null : kmsKeyId;
        this.presigner = presigner;
    }

    /** Closes the S3 client and the presigner (their HTTP connection pools); called when the application stops. */
    @Override
    public void close() {
        s3.close();
        if (presigner != null) {
            presigner.close();
        }
    }

    /**
     * An S3 client as the functions use it: region from the argument or the SDK's chain; for an S3-compatible
     * endpoint (S3Proxy, on-premises stores) checksums only when required, which those servers accept.
     */
    public static S3Client client(Optional<String> region, Optional<String> endpoint, boolean pathStyle) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(pathStyle);
        region.map(Region::of).ifPresent(builder::region);
        endpoint.map(URI::create).ifPresent(e -> builder.endpointOverride(e)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
        return builder.build();
    }

    private String bucket(String key) {
        return buckets.bucketFor(ObjectStore.checkKey(key));
    }

    @Override
    public void put(String key, byte[] content) {
        s3.putObject(b -> encrypted(b.bucket(bucket(key)).key(key)), RequestBody.fromBytes(content));
    }

    @Override
    public void putFile(String key, Path file) {
        s3.putObject(b -> encrypted(b.bucket(bucket(key)).key(key)), RequestBody.fromFile(file));
    }

    @Override
    public boolean putIfAbsent(String key, byte[] content) {
        if (exists(key)) {
            return false;
        }
        try {
            s3.putObject(b -> encrypted(b.bucket(bucket(key)).key(key).ifNoneMatch("*")),
                    RequestBody.fromBytes(content));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 409) {
                return false; // another writer created it first
            }
            throw e;
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(b -> b.bucket(bucket(key)).key(key));
            return Optional.of(bytes.asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public InputStream open(String key) {
        return s3.getObject(b -> b.bucket(bucket(key)).key(key));
    }

    @Override
    public void download(String key, Path target) throws IOException {
        try (InputStream in = open(key)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public boolean exists(String key) {
        return size(key).isPresent();
    }

    @Override
    public Optional<Long> size(String key) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket(key)).key(key));
            return Optional.of(head.contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<String> list(String prefix) {
        List<String> keys = new ArrayList<>();
        s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(buckets.bucketFor(prefix)).prefix(prefix).build())
                .contents().stream()
                // "folder" markers (keys ending in '/', made by consoles and some S3-compatible servers) are not
                // objects of ours: our keys never end with a separator
                .filter(o -> !o.key().endsWith("/"))
                .forEach(o -> keys.add(o.key()));
        keys.sort(null);
        return keys;
    }

    /**
     * Deletes the object. In a versioned bucket a plain delete only adds a delete marker and the bytes stay
     * in older versions, so every version of the key is removed (right to erasure); servers without
     * versioning support (e.g. S3Proxy's filesystem store) get the plain delete.
     */
    @Override
    public boolean delete(String key) {
        String bucket = bucket(key);
        boolean existed = exists(key);
        try {
            List<String> versionIds = new ArrayList<>();
            for (var page : s3.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(key))) {
                page.versions().stream().filter(v -> v.key().equals(key)).forEach(v -> versionIds.add(v.versionId()));
                page.deleteMarkers().stream().filter(m -> m.key().equals(key)).forEach(m -> versionIds.add(m.versionId()));
            }
            for (String versionId : versionIds) {
                s3.deleteObject(b -> b.bucket(bucket).key(key).versionId(versionId));
            }
        } catch (S3Exception e) {
            if (e.statusCode() != 501 && e.statusCode() != 400 && e.statusCode() != 405) {
                throw e;
            }
        }
        s3.deleteObject(b -> b.bucket(bucket).key(key));
        return existed;
    }

    @Override
    public Optional<PresignedUpload> presignUpload(String key, Duration ttl, String contentType) {
        if (presigner == null) {
            return Optional.empty();
        }
        PresignedPutObjectRequest signed = presigner.presignPutObject(p -> p.signatureDuration(ttl)
                .putObjectRequest(b -> encrypted(b.bucket(bucket(key)).key(key).contentType(contentType))));
        return Optional.of(new PresignedUpload(signed.url().toString(), signed.expiration(),
                signed.signedHeaders().entrySet().stream()
                        .filter(h -> !h.getKey().equalsIgnoreCase("host"))
                        .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                                h -> String.join(",", h.getValue())))));
    }

    private software.amazon.awssdk.services.s3.model.PutObjectRequest.Builder encrypted(
            software.amazon.awssdk.services.s3.model.PutObjectRequest.Builder b) {
        return kmsKeyId == null ? b : b.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(kmsKeyId);
    }
}
