package org.emodisparity.transcript.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.onnx.OrtModelSession;
import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * Sentence embeddings from a BERT-style encoder of the catalog exported to ONNX (bge-small-en-v1.5 int8,
 * all-MiniLM-L6-v2: {@code input_ids}, {@code attention_mask}, {@code token_type_ids} → {@code last_hidden_state}),
 * pooled over the tokens under the attention mask (see {@link Pooling}).
 */
public final class SentenceEncoder implements AutoCloseable {
    public static final int DEFAULT_BATCH_SIZE = 32;

    /** How token vectors become one sentence vector. */
    public enum Pooling {
        /** The mean, L2-normalised, as sentence-transformers pools this model (d values). */
        MEAN("mean"),
        /**
         * The L2-normalised mean followed by the element-wise maximum (2d values). The maximum keeps what single
         * words contribute ("furious", "thanks"), which the mean of a 20-token comment dilutes; for the GoEmotions
         * head it is worth about two points of macro-F1 (see the catalog entry).
         */
        MEAN_MAX("mean+max");

        private final String label;

        Pooling(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Pooling fromLabel(String label) {
            for (Pooling p : values()) {
                if (p.label.equals(label)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown pooling '" + label + "' (mean, mean+max)");
        }
    }

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final BatchTokenizer tokenizer;
    private final OrtModelSession model;
    private final OrtSession session;
    private final boolean needsTokenTypes;
    private final int batchSize;
    private final Pooling pooling;

    public SentenceEncoder(Path modelOnnx, Path tokenizerJson, int maxTokens, int batchSize, Pooling pooling,
            OrtSessionSettings ort) throws IOException {
        this.tokenizer = BatchTokenizer.open(tokenizerJson, maxTokens);
        try {
            this.model = OrtModelSession.open(modelOnnx, ort);
        } catch (IllegalStateException e) {
            tokenizer.close();
            throw e;
        }
        this.session = model.session();
        this.needsTokenTypes = session.getInputNames().contains("token_type_ids");
        this.batchSize = batchSize;
        this.pooling = pooling;
    }

    /** An installed encoder ({@code model.onnx}, {@code tokenizer.json}), at most its catalog maxTokens (else 128). */
    public static SentenceEncoder of(InstalledModel encoder, Pooling pooling, OrtSessionSettings ort)
            throws IOException {
        return new SentenceEncoder(encoder.file("model.onnx"), encoder.file("tokenizer.json"),
                encoder.entry().input().maxTokens() == null ? 128 : encoder.entry().input().maxTokens(),
                DEFAULT_BATCH_SIZE, pooling, ort);
    }

    public Pooling pooling() {
        return pooling;
    }

    /** Values per embedding: the encoder's width, twice that for {@link Pooling#MEAN_MAX}. */
    public int dimension() throws OrtException {
        long[] shape = ((TensorInfo) session.getOutputInfo().get("last_hidden_state").getInfo()).getShape();
        return (int) shape[2] * (pooling == Pooling.MEAN_MAX ? 2 : 1);
    }

    /**
     * What the encoder makes of some texts: one embedding per text and the token ids it read (special tokens
     * included, truncated, unpadded), both in the order of the texts.
     */
    public record Encoded(float[][] embeddings, List<long[]> tokenIds) {
    }

    /** Embeddings and token ids of {@code texts}, tokenized once. */
    public Encoded encode(List<String> texts) throws OrtException {
        List<long[]> ids = tokenizer.encode(texts);
        float[][] out = new float[texts.size()][];
        for (TokenBatch batch : tokenizer.batchesOf(ids, batchSize)) {
            float[][] pooled = pool(batch);
            for (int r = 0; r < batch.size(); r++) {
                out[batch.rows()[r]] = pooled[r];
            }
        }
        return new Encoded(out, ids);
    }

    /** One embedding per text, in the order of {@code texts}. */
    public float[][] embed(List<String> texts) throws OrtException {
        return encode(texts).embeddings();
    }

    /** The token ids the encoder reads for each text (special tokens included, truncated, unpadded). */
    public List<long[]> tokenIds(List<String> texts) {
        return tokenizer.encode(texts);
    }

    /** Ids of the tokenizer's special tokens. */
    public Set<Long> specialTokenIds() {
        return tokenizer.specialIds();
    }

    /** One more than the largest token id. */
    public int vocabularySize() {
        return tokenizer.vocabularySize();
    }

    private float[][] pool(TokenBatch batch) throws OrtException {
        Map<String, OnnxTensor> inputs = batch.toTensors(env, needsTokenTypes);
        try {
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get("last_hidden_state").orElseThrow();
                long[] hs = hidden.getInfo().getShape();
                int tokens = (int) hs[1];
                int dim = (int) hs[2];
                FloatBuffer values = hidden.getFloatBuffer();
                float[][] pooled = new float[batch.size()][];
                for (int r = 0; r < batch.size(); r++) {
                    float[] mean = new float[dim];
                    float[] max = new float[dim];
                    Arrays.fill(max, Float.NEGATIVE_INFINITY);
                    int count = 0;
                    for (int t = 0; t < tokens; t++) {
                        if (batch.attentionMask()[r * batch.length() + t] == 0) {
                            continue;
                        }
                        count++;
                        int base = (r * tokens + t) * dim;
                        for (int d = 0; d < dim; d++) {
                            float v = values.get(base + d);
                            mean[d] += v;
                            max[d] = Math.max(max[d], v);
                        }
                    }
                    for (int d = 0; d < dim; d++) {
                        mean[d] /= Math.max(count, 1);
                    }
                    l2Normalise(mean);
                    if (pooling == Pooling.MEAN) {
                        pooled[r] = mean;
                    } else {
                        pooled[r] = Arrays.copyOf(mean, 2 * dim);
                        System.arraycopy(max, 0, pooled[r], dim, dim);
                    }
                }
                return pooled;
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static void l2Normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
    }

    @Override
    public void close() {
        model.close();
        tokenizer.close();
    }
}
