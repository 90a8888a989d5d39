package org.emodisparity.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The bucket on S3 (or an S3-compatible server). Objects are written with SSE-KMS when a key id is given,
 * so that the bucket policy that denies unencrypted uploads is satisfied.
 *
 * <p>{@code putIfAbsent} sends {@code If-None-Match: *} (S3 conditional writes) and also checks existence
 * first, because some S3-compatible servers ignore the header; callers needing strict once-only semantics
 * still make their writes idempotent (same input, same bytes).
 */
public final class S3ObjectStore implements ObjectStore {
    private final S3Client s3;
    private final String bucket;
    private final String kmsKeyId;

    public S3ObjectStore(S3Client s3, String bucket, String kmsKeyId) {
        this.s3 = s3;
        this.bucket = bucket;
        this.kmsKeyId = kmsKeyId == null || kmsKeyId.isBlank() ? null : kmsKeyId;
    }

    @Override
    public void put(String key, byte[] content) {
        s3.putObject(b -> encrypted(b.bucket(bucket).key(ObjectStore.checkKey(key))), RequestBody.fromBytes(content));
    }

    @Override
    public void putFile(String key, Path file) {
        s3.putObject(b -> encrypted(b.bucket(bucket).key(ObjectStore.checkKey(key))), RequestBody.fromFile(file));
    }

    @Override
    public boolean putIfAbsent(String key, byte[] content) {
        if (exists(key)) {
            return false;
        }
        try {
            s3.putObject(b -> encrypted(b.bucket(bucket).key(ObjectStore.checkKey(key)).ifNoneMatch("*")),
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
            ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(ObjectStore.checkKey(key)));
            return Optional.of(bytes.asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public InputStream open(String key) {
        return s3.getObject(b -> b.bucket(bucket).key(ObjectStore.checkKey(key)));
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
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(ObjectStore.checkKey(key)));
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
        s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build())
                .contents().stream()
                // "folder" markers (keys ending in '/', made by consoles and some S3-compatible servers) are not
                // objects of ours: our keys never end with a separator
                .filter(o -> !o.key().endsWith("/"))
                .forEach(o -> keys.add(o.key()));
        keys.sort(null);
        return keys;
    }

    private software.amazon.awssdk.services.s3.model.PutObjectRequest.Builder encrypted(
            software.amazon.awssdk.services.s3.model.PutObjectRequest.Builder b) {
        return kmsKeyId == null ? b : b.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(kmsKeyId);
    }
}
