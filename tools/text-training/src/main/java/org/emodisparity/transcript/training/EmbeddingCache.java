package org.emodisparity.transcript.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.emodisparity.models.FileDigest;

/**
 * Sentence embeddings of a data split on disk (under {@code target/}), so re-running the trainer or the evaluation
 * does not re-encode 54k comments. A file is keyed by the SHA-256 of the encoder's files and of the texts: a
 * different model or data set never reuses it. Layout: int rows, int dim, then rows*dim little-endian floats.
 */
public final class EmbeddingCache {
    /** Computes embeddings for texts that are not cached. */
    @FunctionalInterface
    public interface Embedder {
        float[][] embed(List<String> texts) throws Exception;
    }

    private final Path dir;
    private final String encoderKey;

    public EmbeddingCache(Path dir, List<Path> encoderFiles) throws IOException {
        this.dir = dir;
        StringBuilder key = new StringBuilder();
        for (Path f : encoderFiles) {
            key.append(FileDigest.sha256(f)).append('\n');
        }
        this.encoderKey = key.toString();
    }

    public float[][] embeddings(String name, List<String> texts, Embedder embedder) throws Exception {
        Path file = dir.resolve(name + "-" + key(texts) + ".f32");
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        float[][] e = embedder.embed(texts);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, name, ".tmp");
        write(tmp, e);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return e;
    }

    private String key(List<String> texts) {
        StringBuilder all = new StringBuilder(encoderKey);
        for (String t : texts) {
            all.append(t).append('\u0000');
        }
        return FileDigest.sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static float[][] read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            int rows = in.readInt();
            int dim = in.readInt();
            float[][] e = new float[rows][dim];
            byte[] row = new byte[dim * 4];
            for (int r = 0; r < rows; r++) {
                in.readFully(row);
                ByteBuffer.wrap(row).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(e[r]);
            }
            return e;
        }
    }

    private static void write(Path file, float[][] e) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            int dim = e.length == 0 ? 0 : e[0].length;
            out.writeInt(e.length);
            out.writeInt(dim);
            ByteBuffer row = ByteBuffer.allocate(dim * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float[] v : e) {
                row.clear();
                row.asFloatBuffer().put(v);
                out.write(row.array());
            }
        }
    }
}
