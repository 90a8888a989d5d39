package org.emodisparity.transcript.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.models.onnx.OrtModelSession;
import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * A trained classification head ({@code head.onnx} of a text-emotion head in the catalog): sentence embeddings
 * {@code embedding [n, d]} and, where the head declares it, the encoder's token ids {@code input_ids [n, t]} →
 * sigmoid scores {@code scores [n, labels]}. The token ids feed a bag-of-word-pieces term: the head counts each
 * distinct id of a row once, so rows are padded by repeating their own first id and no pad id is needed. The head
 * names the pooling its embeddings need in its ONNX metadata ({@code pooling}: {@code mean} or {@code mean+max};
 * {@code mean} if absent) and the catalog id of the encoder it was trained on ({@code encoder};
 * {@value #LEGACY_ENCODER_ID} if absent, the encoder of the heads written before the key existed). A head may also
 * give one score per canonical group ({@code group_scores [n, groups]}, the groups named in its {@code groups}
 * metadata, e.g. the Ekman labels), trained for the group decision itself.
 */
public final class EmotionHead implements AutoCloseable {
    public static final String INPUT = "embedding";
    public static final String TOKEN_IDS = "input_ids";
    public static final String OUTPUT = "scores";
    public static final String GROUP_OUTPUT = "group_scores";
    public static final String GROUPS_KEY = "groups";
    public static final String POOLING_KEY = "pooling";
    public static final String ENCODER_KEY = "encoder";
    public static final String LEGACY_ENCODER_ID = "all-minilm-l6-v2";
    /** Rows per run: bounds the [rows, t, t] duplicate mask the head builds. */
    private static final int ROWS_PER_RUN = 256;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtModelSession model;
    private final OrtSession session;
    private final boolean readsTokens;
    private final List<String> groupLabels;

    /** Label scores and, for a head with group outputs, group scores (else null) of the same rows. */
    public record Scores(float[][] labels, List<String> groupLabels, float[][] groups) {
    }

    /** @throws IllegalStateException if ONNX Runtime cannot load the file */
    public EmotionHead(Path headOnnx, OrtSessionSettings ort) {
        this.model = OrtModelSession.open(headOnnx, ort);
        this.session = model.session();
        this.readsTokens = session.getInputNames().contains(TOKEN_IDS);
        try {
            this.groupLabels = session.getOutputNames().contains(GROUP_OUTPUT)
                    ? List.of(session.getMetadata().getCustomMetadataValue(GROUPS_KEY).orElseThrow(
                            () -> new IllegalStateException(headOnnx + " has group scores but no groups metadata"))
                            .split(","))
                    : List.of();
        } catch (OrtException e) {
            model.close();
            throw new IllegalStateException("cannot read the metadata of " + headOnnx + ": " + e.getMessage(), e);
        }
    }

    /** The groups of {@code group_scores}, in column order; empty when the head has no group outputs. */
    public List<String> groupLabels() {
        return groupLabels;
    }

    public SentenceEncoder.Pooling pooling() throws OrtException {
        return SentenceEncoder.Pooling.fromLabel(
                session.getMetadata().getCustomMetadataValue(POOLING_KEY).orElse(SentenceEncoder.Pooling.MEAN.label()));
    }

    /** The catalog id of the sentence encoder this head reads (its {@code encoder} metadata). */
    public String encoderId() throws OrtException {
        return session.getMetadata().getCustomMetadataValue(ENCODER_KEY).orElse(LEGACY_ENCODER_ID);
    }

    /** The encoder a head file names, without keeping it open. */
    public static String encoderIdOf(Path headOnnx) {
        try (EmotionHead head = new EmotionHead(headOnnx, OrtSessionSettings.defaults())) {
            return head.encoderId();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot read the metadata of " + headOnnx + ": " + e.getMessage(), e);
        }
    }

    public int inputDimension() throws OrtException {
        return (int) ((TensorInfo) session.getInputInfo().get(INPUT).getInfo()).getShape()[1];
    }

    /** Whether the head also reads the token ids (its bag-of-word-pieces term). */
    public boolean readsTokenIds() {
        return readsTokens;
    }

    /**
     * Scores per text. {@code tokenIds} are the encoder's ids for the same texts (see
     * {@link SentenceEncoder#encode(List)}); heads without a token input ignore them.
     */
    public float[][] scores(float[][] embeddings, List<long[]> tokenIds) throws OrtException {
        return scoresAndGroups(embeddings, tokenIds).labels();
    }

    /** Label scores and, where the head has them, group scores per text (see {@link #scores}). */
    public Scores scoresAndGroups(float[][] embeddings, List<long[]> tokenIds) throws OrtException {
        if (readsTokens && tokenIds.size() != embeddings.length) {
            throw new IllegalArgumentException(embeddings.length + " embeddings but " + tokenIds.size()
                    + " token id rows");
        }
        float[][] out = new float[embeddings.length][];
        float[][] groups = groupLabels.isEmpty() ? null : new float[embeddings.length][];
        for (int from = 0; from < embeddings.length; from += ROWS_PER_RUN) {
            int to = Math.min(embeddings.length, from + ROWS_PER_RUN);
            float[][][] part = run(embeddings, readsTokens ? tokenIds : null, from, to);
            System.arraycopy(part[0], 0, out, from, part[0].length);
            if (groups != null) {
                System.arraycopy(part[1], 0, groups, from, part[1].length);
            }
        }
        return new Scores(out, groupLabels, groups);
    }

    /** {@code [label scores, group scores or null]} of rows {@code from..to}. */
    private float[][][] run(float[][] embeddings, List<long[]> tokenIds, int from, int to) throws OrtException {
        int rows = to - from;
        int dim = embeddings[from].length;
        float[] flat = new float[rows * dim];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(embeddings[from + i], 0, flat, i * dim, dim);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT, OnnxTensor.createTensor(env, FloatBuffer.wrap(flat), new long[] {rows, dim}));
            if (tokenIds != null) {
                int length = 0;
                for (int i = from; i < to; i++) {
                    length = Math.max(length, tokenIds.get(i).length);
                }
                long[] ids = new long[rows * length];
                for (int i = 0; i < rows; i++) {
                    long[] row = tokenIds.get(from + i);
                    if (row.length == 0) {
                        throw new IllegalArgumentException("text " + (from + i) + " has no tokens");
                    }
                    System.arraycopy(row, 0, ids, i * length, row.length);
                    // A repeated id changes nothing: the head counts each distinct id once.
                    Arrays.fill(ids, i * length + row.length, (i + 1) * length, row[0]);
                }
                inputs.put(TOKEN_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {rows, length}));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] labels = (float[][]) result.get(OUTPUT).orElseThrow().getValue();
                float[][] groups = groupLabels.isEmpty() ? null
                        : (float[][]) result.get(GROUP_OUTPUT).orElseThrow().getValue();
                return new float[][][] {labels, groups};
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
