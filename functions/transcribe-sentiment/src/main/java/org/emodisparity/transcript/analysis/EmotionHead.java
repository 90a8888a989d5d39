package org.emodisparity.transcript.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * The trained classification head ({@code goemotions-minilm-head/head.onnx}): sentence embeddings
 * {@code embedding [n, d]} → sigmoid scores {@code scores [n, labels]}. The head names the pooling its embeddings
 * need in its ONNX metadata ({@code pooling}: {@code mean} or {@code mean+max}; {@code mean} if absent).
 */
public final class EmotionHead implements AutoCloseable {
    public static final String INPUT = "embedding";
    public static final String OUTPUT = "scores";
    public static final String POOLING_KEY = "pooling";

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession.SessionOptions options;
    private final OrtSession session;

    public EmotionHead(Path headOnnx, OrtOptions ort) throws OrtException {
        this.options = ort.sessionOptions();
        this.session = env.createSession(headOnnx.toString(), options);
    }

    public SentenceEncoder.Pooling pooling() throws OrtException {
        return SentenceEncoder.Pooling.fromLabel(
                session.getMetadata().getCustomMetadataValue(POOLING_KEY).orElse(SentenceEncoder.Pooling.MEAN.label()));
    }

    public int inputDimension() throws OrtException {
        return (int) ((TensorInfo) session.getInputInfo().get(INPUT).getInfo()).getShape()[1];
    }

    public float[][] scores(float[][] embeddings) throws OrtException {
        if (embeddings.length == 0) {
            return new float[0][];
        }
        int dim = embeddings[0].length;
        float[] flat = new float[embeddings.length * dim];
        for (int i = 0; i < embeddings.length; i++) {
            System.arraycopy(embeddings[i], 0, flat, i * dim, dim);
        }
        try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(flat), new long[] {embeddings.length, dim});
             OrtSession.Result result = session.run(Map.of(INPUT, in))) {
            return (float[][]) result.get(OUTPUT).orElseThrow().getValue();
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
        options.close();
    }
}
