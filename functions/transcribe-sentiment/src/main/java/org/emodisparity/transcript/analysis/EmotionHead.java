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
 * {@value #LEGACY_ENCODER_ID} if absent, the encoder of the heads written before the key existed).
 */
public final class EmotionHead implements AutoCloseable {
    public static final String INPUT = "embedding";
    public static final String TOKEN_IDS = "input_ids";
    public static final String OUTPUT = "scores";
    public static final String POOLING_KEY = "pooling";
    public static final String ENCODER_KEY = "encoder";
    public static final String LEGACY_ENCODER_ID = "all-minilm-l6-v2";
    /** Rows per run: bounds the [rows, t, t] duplicate mask the head builds. */
    private static final int ROWS_PER_RUN = 256;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtModelSession model;
    private final OrtSession session;
    private final boolean readsTokens;

    /** @throws IllegalStateException if ONNX Runtime cannot load the file */
    public EmotionHead(Path headOnnx, OrtSessionSettings ort) {
        this.model = OrtModelSession.open(headOnnx, ort);
        this.session = model.session();
        this.readsTokens = session.getInputNames().contains(TOKEN_IDS);
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
        if (readsTokens && tokenIds.size() != embeddings.length) {
            throw new IllegalArgumentException(embeddings.length + " embeddings but " + tokenIds.size()
                    + " token id rows");
        }
        float[][] out = new float[embeddings.length][];
        for (int from = 0; from < embeddings.length; from += ROWS_PER_RUN) {
            int to = Math.min(embeddings.length, from + ROWS_PER_RUN);
            float[][] part = run(embeddings, readsTokens ? tokenIds : null, from, to);
            System.arraycopy(part, 0, out, from, part.length);
        }
        return out;
    }

    private float[][] run(float[][] embeddings, List<long[]> tokenIds, int from, int to) throws OrtException {
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
                return (float[][]) result.get(OUTPUT).orElseThrow().getValue();
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
