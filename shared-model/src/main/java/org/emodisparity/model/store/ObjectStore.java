package org.emodisparity.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The bucket, as the functions see it. Two implementations with the same semantics: {@link S3ObjectStore}
 * (AWS SDK v2) and {@link LocalFolderObjectStore} (a folder laid out like the bucket, for the embedded mode).
 *
 * <p>Keys are '/'-separated, relative, without "." or ".." segments. {@code put} replaces; {@code putIfAbsent}
 * writes only when no object exists and says whether it wrote.
 */
public interface ObjectStore {

    void put(String key, byte[] content) throws IOException;

    /** Uploads a local file (large media; streamed, not loaded into memory). */
    void putFile(String key, Path file) throws IOException;

    /** @return true when this call created the object, false when it already existed (nothing written). */
    boolean putIfAbsent(String key, byte[] content) throws IOException;

    /** @return the bytes, or empty when no such object exists. */
    Optional<byte[]> get(String key) throws IOException;

    /** Opens the object for streaming; the caller closes it. */
    InputStream open(String key) throws IOException;

    /** Copies the object to a local file (FFmpeg and the ONNX runtimes need files). */
    void download(String key, Path target) throws IOException;

    boolean exists(String key) throws IOException;

    /** Size in bytes, or empty when absent. */
    Optional<Long> size(String key) throws IOException;

    /** All keys starting with {@code prefix}, sorted. */
    List<String> list(String prefix) throws IOException;

    /**
     * Removes the object, every stored version of it included (erasure and retention, never the pipeline).
     * @return true when it existed
     */
    boolean delete(String key) throws IOException;

    /**
     * A short-lived URL that lets a client upload exactly this key with HTTP PUT, sending the given headers;
     * empty for stores that cannot sign (the local folder: upload through the API instead).
     */
    default Optional<PresignedUpload> presignUpload(String key, java.time.Duration ttl, String contentType) {
        return Optional.empty();
    }

    /** See {@link #presignUpload}. */
    record PresignedUpload(String url, java.time.Instant expiresAt, java.util.Map<String, String> headers) {
    }

    /**
     * The object as a local file when the store is a local folder, so large media is read in place instead of
     * copied; empty for remote stores (callers then {@link #download}).
     */
    default Optional<Path> localPath(String key) {
        return Optional.empty();
    }

    /**
     * A local file holding the object's bytes, for native libraries that need a path (FFmpeg, ONNX Runtime,
     * whisper.cpp): the object itself in a local folder store, else a temporary download that {@code close()}
     * deletes. The file keeps the key's file name as suffix, so its extension still says what it is.
     */
    default LocalFile localFile(String key) throws IOException {
        Optional<Path> local = localPath(key);
        if (local.isPresent()) {
            return new LocalFile(local.get(), false);
        }
        String name = key.substring(key.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        Path tmp = java.nio.file.Files.createTempFile("object-", "-" + name);
        try {
            download(key, tmp);
        } catch (IOException | RuntimeException e) {
            java.nio.file.Files.deleteIfExists(tmp);
            throw e;
        }
        return new LocalFile(tmp, true);
    }

    /** See {@link #localFile(String)}. */
    record LocalFile(Path path, boolean temporary) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (temporary) {
                java.nio.file.Files.deleteIfExists(path);
            }
        }
    }

    /** Rejects keys that could escape a prefix: absolute, backslashes, empty, "." or ".." segments. */
    static String checkKey(String key) {
        if (key == null || key.isEmpty() || key.startsWith("/") || key.contains("\\") || key.contains("\0")) {
            throw new IllegalArgumentException("invalid object key '" + key + "'");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("invalid object key '" + key + "'");
            }
        }
        return key;
    }
}
