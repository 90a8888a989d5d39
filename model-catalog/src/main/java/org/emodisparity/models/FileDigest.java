package org.emodisparity.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of files. {@link #sha256} remembers each result per JVM keyed by (real path, size, modification time),
 * so verifying a 90 MB model on every load costs one hash per process, while a rewritten file (new size or mtime)
 * is hashed again.
 */
public final class FileDigest {
    private record Key(Path path, long size, long modifiedNanos) {
    }

    private static final Map<Key, String> CACHE = new ConcurrentHashMap<>();

    private FileDigest() {
    }

    /** Lower-case hex SHA-256, cached per (path, size, mtime). */
    public static String sha256(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        Key key = new Key(file.toRealPath(), attrs.size(), attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
        String cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        String hash = sha256Uncached(file);
        CACHE.put(key, hash);
        return hash;
    }

    /** Always reads the file (install checks what it just wrote this way). */
    public static String sha256Uncached(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
