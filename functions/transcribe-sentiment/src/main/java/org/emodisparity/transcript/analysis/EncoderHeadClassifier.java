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
 * The default kind of text-emotion model: a sentence encoder from the catalog (token vectors pooled as the head
 * declares, see {@link EmotionHead}) and the word pieces it read, scored by a head this project trains
 * ({@code tools/text-training}), with the head's per-label thresholds and its calibration temperature
 * ({@code thresholds.json}, chosen on dev splits).
 *
 * <p>Which encoder: the head names it ({@code encoder} in {@code head.onnx}'s metadata, a catalog id; heads
 * without it were trained on {@code all-minilm-l6-v2}). Nothing here depends on a model id: a head in the catalog
 * whose input is an {@code embedding} tensor is opened with the encoder it names.
 *
 * <p>Backchannels ("Yeah.", "Okay.", "Mm-hmm.") carry no emotion of their own: their distribution is flattened and
 * no label is detected ({@link Backchannels}).
 */
public final class EncoderHeadClassifier implements TextEmotionClassifier {
    /** The default profile's text-emotion head. */
    public static final String DEFAULT_HEAD_ID = "goemotions-xed-bge-small-head";

    private final SentenceEncoder encoder;
    private final EmotionHead head;
    private final LabelThresholds thresholds;
    private final List<String> modelIds;

    public EncoderHeadClassifier(SentenceEncoder encoder, EmotionHead head, LabelThresholds thresholds,
            List<String> modelIds) {
        this.encoder = encoder;
        this.head = head;
        this.thresholds = thresholds;
        this.modelIds = List.copyOf(modelIds);
    }

    /** The default head and the encoder it names, from installed models. */
    public static EncoderHeadClassifier open(ModelRepository models, OrtSessionSettings ort) throws TextEmotionException {
        return open(models, DEFAULT_HEAD_ID, ort);
    }

    /** A head by catalog id and the encoder it names; fails with the install command when either is missing. */
    public static EncoderHeadClassifier open(ModelRepository models, String headId, OrtSessionSettings ort)
            throws TextEmotionException {
        InstalledModel head = models.require(headId);
        String encoderId = EmotionHead.encoderIdOf(head.file("head.onnx"));
        InstalledModel encoder = models.require(encoderId);
        return open(encoder, head.file("head.onnx"), head.file("thresholds.json"), ort,
                List.of(encoderId, headId));
    }

    /** Whether a catalog model is a head over sentence embeddings (its input is an {@code embedding} tensor). */
    public static boolean isEmbeddingHead(InstalledModel model) {
        return model.entry().input().tensors().stream().anyMatch(t -> EmotionHead.INPUT.equals(t.name()));
    }

    static EncoderHeadClassifier open(InstalledModel encoderModel, Path headOnnx, Path thresholdsJson,
            OrtSessionSettings ort, List<String> modelIds) throws TextEmotionException {
        SentenceEncoder encoder = null;
        EmotionHead head = null;
        try {
            head = new EmotionHead(headOnnx, ort);
            encoder = SentenceEncoder.of(encoderModel, head.pooling(), ort);
            if (encoder.dimension() != head.inputDimension()) {
                throw new TextEmotionException("head " + headOnnx + " takes " + head.inputDimension()
                        + " values, the encoder " + encoderModel.entry().id() + " gives " + encoder.dimension(), null);
            }
            return new EncoderHeadClassifier(encoder, head, LabelThresholds.read(thresholdsJson), modelIds);
        } catch (IOException | OrtException | IllegalStateException | TextEmotionException e) {
            closeQuietly(encoder, head);
            throw e instanceof TextEmotionException t ? t
                    : new TextEmotionException("cannot load the text-emotion model " + modelIds + ": "
                            + e.getMessage(), e);
        }
    }

    @Override
    public List<TextEmotion> classify(List<String> texts) throws TextEmotionException {
        try {
            SentenceEncoder.Encoded encoded = encoder.encode(texts);
            EmotionHead.Scores all = head.scoresAndGroups(encoded.embeddings(), encoded.tokenIds());
            float[][] scores = all.labels();
            List<TextEmotion> out = new ArrayList<>(scores.length);
            for (int i = 0; i < scores.length; i++) {
                // A head with Ekman group outputs forms the canonical distribution from them, else the group maxima.
                TextEmotion e = all.groups() == null
                        ? TextEmotion.fromSigmoidScores(scores[i], thresholds, LabelMapping.GOEMOTIONS, modelIds)
                        : TextEmotion.fromSigmoidScores(scores[i], all.groupLabels(), all.groups()[i], thresholds,
                                LabelMapping.GOEMOTIONS_EKMAN, modelIds);
                out.add(Backchannels.is(texts.get(i)) ? Backchannels.soften(e) : e);
            }
            return out;
        } catch (OrtException e) {
            throw new TextEmotionException("text-emotion inference failed (" + modelIds + "): " + e.getMessage(), e);
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
        TextEmotionClassifier.release("the text-emotion model", head, encoder);
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
