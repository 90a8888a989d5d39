package org.emodisparity.transcript.analysis;

import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * The default text-emotion model: all-MiniLM-L6-v2 sentence embeddings (pooled as the head declares, see
 * {@link EmotionHead}) and the word pieces they were read from, scored by the GoEmotions head this project trains
 * ({@code training/TrainGoEmotionsHead}),
 * with the head's per-label thresholds chosen on the GoEmotions dev split.
 */
public final class MiniLmEmotionClassifier implements TextEmotionClassifier {
    public static final String HEAD_MODEL_ID = "goemotions-minilm-head";

    private final SentenceEncoder encoder;
    private final EmotionHead head;
    private final LabelThresholds thresholds;
    private final List<String> modelIds;

    public MiniLmEmotionClassifier(SentenceEncoder encoder, EmotionHead head, LabelThresholds thresholds,
            List<String> modelIds) {
        this.encoder = encoder;
        this.head = head;
        this.thresholds = thresholds;
        this.modelIds = List.copyOf(modelIds);
    }

    /** From installed models; fails with the install command when either is missing. */
    public static MiniLmEmotionClassifier open(ModelRepository models, OrtSessionSettings ort) throws TextEmotionException {
        InstalledModel miniLm = models.require(SentenceEncoder.MODEL_ID);
        InstalledModel head = models.require(HEAD_MODEL_ID);
        return open(miniLm, head.file("head.onnx"), head.file("thresholds.json"), ort);
    }

    static MiniLmEmotionClassifier open(InstalledModel miniLm, Path headOnnx, Path thresholdsJson, OrtSessionSettings ort)
            throws TextEmotionException {
        SentenceEncoder encoder = null;
        EmotionHead head = null;
        try {
            head = new EmotionHead(headOnnx, ort);
            encoder = SentenceEncoder.of(miniLm, head.pooling(), ort);
            if (encoder.dimension() != head.inputDimension()) {
                throw new TextEmotionException("head " + headOnnx + " takes " + head.inputDimension()
                        + " values, the encoder gives " + encoder.dimension(), null);
            }
            return new MiniLmEmotionClassifier(encoder, head, LabelThresholds.read(thresholdsJson),
                    List.of(SentenceEncoder.MODEL_ID, HEAD_MODEL_ID));
        } catch (IOException | OrtException | IllegalStateException | TextEmotionException e) {
            closeQuietly(encoder, head);
            throw e instanceof TextEmotionException t ? t
                    : new TextEmotionException("cannot load the MiniLM text-emotion model: " + e.getMessage(), e);
        }
    }

    @Override
    public List<TextEmotion> classify(List<String> texts) throws TextEmotionException {
        try {
            SentenceEncoder.Encoded encoded = encoder.encode(texts);
            float[][] scores = head.scores(encoded.embeddings(), encoded.tokenIds());
            List<TextEmotion> out = new ArrayList<>(scores.length);
            for (float[] s : scores) {
                out.add(TextEmotion.fromSigmoidScores(s, thresholds, LabelMapping.GOEMOTIONS, modelIds));
            }
            return out;
        } catch (OrtException e) {
            throw new TextEmotionException("text-emotion inference failed: " + e.getMessage(), e);
        }
    }

    /** Embeddings only (the benchmark and the evaluation reuse them). */
    public SentenceEncoder encoder() {
        return encoder;
    }

    public EmotionHead head() {
        return head;
    }

    public LabelThresholds thresholds() {
        return thresholds;
    }

    @Override
    public List<String> modelIds() {
        return modelIds;
    }

    @Override
    public void close() throws TextEmotionException {
        try {
            head.close();
            encoder.close();
        } catch (IllegalStateException e) {
            throw new TextEmotionException("cannot release the text-emotion model", e);
        }
    }

    private static void closeQuietly(SentenceEncoder encoder, EmotionHead head) {
        try {
            if (encoder != null) {
                encoder.close();
            }
            if (head != null) {
                head.close();
            }
        } catch (IllegalStateException ignored) {
            // already failing; the load error is the one to report
        }
    }
}
