package org.emodisparity.speech.emotion;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.lang.System.Logger.Level;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.onnx.OrtModelSession;
import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * A wav2vec2-class ONNX audio classifier: one clip of 16 kHz mono PCM in (float32 [1, samples], plus an attention
 * mask if the model declares one), logits [1, labels] out, softmax, then the catalog's {@code LabelMapping} to the
 * canonical labels. Tensor names are discovered from the model unless {@link ClassifierSettings} names them. A model
 * whose input length is fixed gets each clip zero-padded to that length (the mask, if any, marks the padding).
 *
 * <p>Thread-safe: an ONNX Runtime session may be run concurrently and each call has its own tensors.
 */
public final class SpeechEmotionClassifier implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SpeechEmotionClassifier.class.getName());

    private final SpeechEmotionModel model;
    private final ClassifierSettings options;
    private final OrtEnvironment env;
    private final OrtModelSession ortModel;
    private final OrtSession session;
    private final ModelSignature signature;

    private SpeechEmotionClassifier(SpeechEmotionModel model, ClassifierSettings options, OrtEnvironment env,
            OrtModelSession ortModel, ModelSignature signature) {
        this.model = model;
        this.options = options;
        this.env = env;
        this.ortModel = ortModel;
        this.session = ortModel.session();
        this.signature = signature;
    }

    /** The installed catalog model with the options its entry describes, on CPU. */
    public static SpeechEmotionClassifier open(InstalledModel installed) {
        return open(installed, OrtSessionSettings.defaults());
    }

    /** The installed catalog model with the options its entry describes and the given ORT settings. */
    public static SpeechEmotionClassifier open(InstalledModel installed, OrtSessionSettings ort) {
        return open(SpeechEmotionModel.of(installed), ClassifierSettings.forModel(installed.entry()).withOrt(ort));
    }

    /**
     * Loads the model and checks its signature against the labels.
     *
     * @throws IllegalArgumentException if the file is missing, the model's inputs/outputs are not those of an audio
     *         classifier, or its declared output width differs from the number of labels
     * @throws IllegalStateException    if ONNX Runtime cannot load the file
     */
    public static SpeechEmotionClassifier open(SpeechEmotionModel model, ClassifierSettings options) {
        if (!Files.isRegularFile(model.onnxFile())) {
            throw new IllegalArgumentException("speech-emotion model " + model.id() + " not found: " + model.onnxFile());
        }
        OrtModelSession session;
        try {
            session = OrtModelSession.open(model.onnxFile(), options.ort());
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot load speech-emotion model " + model.id() + ": " + e.getMessage(),
                    e);
        }
        try {
            ModelSignature signature = ModelSignature.read(session.session(), options);
            int labels = model.labels().size();
            if (signature.declaredLabels() >= 0 && signature.declaredLabels() != labels) {
                throw widthMismatch(model, signature.declaredLabels());
            }
            if (signature.fixedSamples() > 0 && !signature.hasAttentionMask()) {
                LOG.log(Level.INFO, "model " + model.id() + " takes exactly " + signature.fixedSamples()
                        + " samples and no attention mask: shorter clips are zero-padded, which dilutes them");
            }
            return new SpeechEmotionClassifier(model, options, OrtEnvironment.getEnvironment(), session, signature);
        } catch (OrtException e) {
            closeQuietly(session);
            throw new IllegalStateException("cannot load speech-emotion model " + model.id() + " from "
                    + model.onnxFile() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(session);
            throw e;
        }
    }

    /**
     * Classifies one clip (16 kHz mono PCM in [-1, 1]; not modified).
     *
     * @throws IllegalArgumentException if the clip is empty or longer than a fixed-length model's input, or the
     *         model returns a different number of scores than it has labels (dynamic output width)
     * @throws IllegalStateException    if inference fails or the output is not [1, n]
     */
    public ClipScores classify(float[] clip) {
        if (clip.length == 0) {
            throw new IllegalArgumentException("cannot classify an empty clip");
        }
        int length = signature.fixedSamples() > 0 ? (int) signature.fixedSamples() : clip.length;
        if (clip.length > length) {
            throw new IllegalArgumentException("clip of " + clip.length + " samples is longer than model " + model.id()
                    + "'s fixed input of " + length + " samples; chunk it first");
        }
        // Normalise the real samples first, then pad: padding stays 0 as in Wav2Vec2FeatureExtractor.
        float[] input = Arrays.copyOf(options.normalisation().apply(clip), length);
        long[] shape = {1, length};
        try (OnnxTensor waveform = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape);
                OnnxTensor mask = signature.hasAttentionMask() ? attentionMask(clip.length, length, shape) : null) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put(signature.waveformInput(), waveform);
            if (mask != null) {
                inputs.put(signature.attentionMaskInput(), mask);
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(signature.logitsOutput()))) {
                float[] scores = scores(result.get(signature.logitsOutput()).orElseThrow());
                float[] probabilities = options.activation().toProbabilities(scores);
                return new ClipScores(probabilities, model.toCanonical(probabilities));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("speech-emotion inference with " + model.id() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** 1 for the clip's samples, 0 for the padding after them. */
    private OnnxTensor attentionMask(int real, int length, long[] shape) throws OrtException {
        if (signature.maskType() == OnnxJavaType.INT32) {
            int[] mask = new int[length];
            Arrays.fill(mask, 0, real, 1);
            return OnnxTensor.createTensor(env, IntBuffer.wrap(mask), shape);
        }
        long[] mask = new long[length];
        Arrays.fill(mask, 0, real, 1L);
        return OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
    }

    private float[] scores(OnnxValue value) throws OrtException {
        if (!(value instanceof OnnxTensor tensor)) {
            throw new IllegalStateException("model " + model.id() + " output " + signature.logitsOutput()
                    + " is not a tensor");
        }
        long[] shape = tensor.getInfo().getShape();
        if (shape.length != 2 || shape[0] != 1) {
            throw new IllegalStateException("model " + model.id() + " returned " + Arrays.toString(shape)
                    + " for one clip; expected [1, " + model.labels().size() + "]");
        }
        if (shape[1] != model.labels().size()) {
            throw widthMismatch(model, shape[1]);
        }
        FloatBuffer buffer = tensor.getFloatBuffer();
        float[] scores = new float[buffer.remaining()];
        buffer.get(scores);
        return scores;
    }

    private static IllegalArgumentException widthMismatch(SpeechEmotionModel model, long width) {
        return new IllegalArgumentException("model " + model.id() + " returns " + width + " scores per clip but its "
                + "catalog entry lists " + model.labels().size() + " labels " + model.labels()
                + "; the labels do not belong to this model file");
    }

    public String modelId() {
        return model.id();
    }

    public SpeechEmotionModel model() {
        return model;
    }

    public List<String> labels() {
        return model.labels();
    }

    public ClassifierSettings options() {
        return options;
    }

    /** "CPU" or "CUDA:{device}". */
    public String executionProvider() {
        return ortModel.provider();
    }

    /** The sample count a fixed-length model requires (clips are padded to it, and may not exceed it). */
    public OptionalInt fixedInputSamples() {
        return signature.fixedSamples() > 0 ? OptionalInt.of((int) signature.fixedSamples()) : OptionalInt.empty();
    }

    /** Whether the model takes an attention mask (and so gets one). */
    public boolean takesAttentionMask() {
        return signature.hasAttentionMask();
    }

    private static void closeQuietly(OrtModelSession session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "cannot close ONNX session", e);
        }
    }

    @Override
    public void close() {
        ortModel.close();
    }
}
