package org.emodisparity.transcript.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.onnx.OrtModelSession;
import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * An ONNX sequence classifier with its own Hugging Face tokenizer and one sigmoid per label, e.g. the paper's
 * {@code roberta-go-emotions} (SamLowe/roberta-base-go_emotions: {@code input_ids}, {@code attention_mask} →
 * {@code logits [batch, 28]}). The labels, their order, the mapping table and the token limit come from the catalog
 * entry; {@code token_type_ids} is fed as zeros if the graph declares it. Logits pass through a sigmoid; labels are
 * on at 0.5 (the model card's threshold) unless other thresholds are given.
 */
public final class SequenceEmotionClassifier implements TextEmotionClassifier {
    public static final String ROBERTA_MODEL_ID = "roberta-go-emotions";
    public static final int DEFAULT_BATCH_SIZE = 16;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final BatchTokenizer tokenizer;
    private final OrtModelSession model;
    private final OrtSession session;
    private final String outputName;
    private final boolean needsTokenTypes;
    private final LabelThresholds thresholds;
    private final LabelMapping mapping;
    private final List<String> modelIds;
    private final int batchSize;

    public SequenceEmotionClassifier(Path modelOnnx, Path tokenizerJson, int maxTokens, LabelThresholds thresholds,
            LabelMapping mapping, String modelId, OrtSessionSettings ort) throws TextEmotionException {
        try {
            this.tokenizer = BatchTokenizer.open(tokenizerJson, maxTokens);
            this.model = OrtModelSession.open(modelOnnx, ort);
        } catch (IOException | IllegalStateException e) {
            throw new TextEmotionException("cannot load text-emotion model " + modelId + ": " + e.getMessage(), e);
        }
        this.session = model.session();
        this.outputName = session.getOutputNames().contains("logits") ? "logits"
                : session.getOutputNames().iterator().next();
        this.needsTokenTypes = session.getInputNames().contains("token_type_ids");
        this.thresholds = thresholds;
        this.mapping = mapping;
        this.modelIds = List.of(modelId);
        this.batchSize = DEFAULT_BATCH_SIZE;
    }

    /** From an installed catalog model with {@code model.onnx} and {@code tokenizer.json}. */
    public static SequenceEmotionClassifier open(InstalledModel model, OrtSessionSettings ort) throws TextEmotionException {
        ModelEntry entry = model.entry();
        LabelMapping mapping = entry.output().mapping().orElseThrow(() -> new TextEmotionException(
                "catalog model " + entry.id() + " names no label mapping", null));
        int maxTokens = entry.input().maxTokens() == null ? 512 : entry.input().maxTokens();
        return new SequenceEmotionClassifier(model.file("model.onnx"), model.file("tokenizer.json"), maxTokens,
                LabelThresholds.uniform(entry.labels(), 0.5f), mapping, entry.id(), ort);
    }

    @Override
    public List<TextEmotion> classify(List<String> texts) throws TextEmotionException {
        TextEmotion[] out = new TextEmotion[texts.size()];
        try {
            for (TokenBatch batch : tokenizer.batches(texts, batchSize)) {
                float[][] logits = run(batch);
                for (int r = 0; r < batch.size(); r++) {
                    int row = batch.rows()[r];
                    TextEmotion e = TextEmotion.fromSigmoidScores(sigmoid(logits[r]), thresholds, mapping, modelIds);
                    out[row] = Backchannels.is(texts.get(row)) ? Backchannels.soften(e) : e;
                }
            }
        } catch (OrtException e) {
            throw new TextEmotionException("text-emotion inference failed (" + modelIds.get(0) + "): "
                    + e.getMessage(), e);
        }
        return new ArrayList<>(List.of(out));
    }

    private float[][] run(TokenBatch batch) throws OrtException, TextEmotionException {
        Map<String, OnnxTensor> inputs = batch.toTensors(env, needsTokenTypes);
        try {
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] logits = (float[][]) result.get(outputName).orElseThrow().getValue();
                if (logits.length != batch.size() || logits[0].length != thresholds.labels().size()) {
                    throw new TextEmotionException("model " + modelIds.get(0) + " returned " + logits.length + "x"
                            + logits[0].length + " scores, expected " + batch.size() + "x"
                            + thresholds.labels().size(), null);
                }
                return logits;
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] sigmoid(float[] logits) {
        float[] p = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            p[i] = (float) (1 / (1 + Math.exp(-logits[i])));
        }
        return p;
    }

    @Override
    public List<String> modelIds() {
        return modelIds;
    }

    @Override
    public void close() throws TextEmotionException {
        TextEmotionClassifier.release(modelIds.get(0), model, tokenizer);
    }
}
