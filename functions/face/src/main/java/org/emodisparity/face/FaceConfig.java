package org.emodisparity.face;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code emodisparity.face.*}; each also settable as EMODISPARITY_FACE_* in the environment. */
@ConfigMapping(prefix = "emodisparity.face")
public interface FaceConfig {

    /**
     * The face model, by catalog id; its catalog task chooses how faces are read. Task {@code face-detection}: a
     * BlazeFace detector, {@code blazeface-back-256} (full range, also small gallery faces) or
     * {@code blazeface-front-128} (short range, faces filling the frame), followed by {@link #emotionModel()}. Task
     * {@code face-yolo-emotion}: one YOLO detector whose classes are emotions ({@code yolo-face-emotion}, the paper's
     * model, user-supplied). Swapping it is this property; the part's model ids name the ones used.
     */
    @WithDefault("blazeface-back-256")
    String detectorModel();

    /** The emotion classifier of the faces a face detector finds, by catalog id (task {@code face-emotion}). */
    @WithDefault("fer-mini-xception")
    String emotionModel();

    /** Frames analysed per second of video; each sampled frame is decoded and inferred once. */
    @WithDefault("5")
    double samplingFps();

    /**
     * Longest side, in pixels, of the frames the models see: FFmpeg scales larger video down while decoding; 0 keeps
     * the source size (slower on HD video; only worth it for gallery views with very small faces).
     */
    @WithDefault("640")
    int frameMaxSide();

    /** Threads analysing sampled frames, each with its own model sessions; 0 = one per available processor. */
    @WithDefault("0")
    int inferenceThreads();

    /** FFmpeg decoding threads; 0 = by frame size (two above 1280 x 720, else one; see DecodeSettings). */
    @WithDefault("0")
    int decoderThreads();

    /**
     * Run the codec's in-loop deblocking filter. Off by default: a third less H.264 decoding CPU, labels unchanged
     * beyond re-encoding noise (see {@code DecodeSettings}); on for an exact decode.
     */
    @WithDefault("false")
    boolean deblocking();

    /** Try ONNX Runtime's CUDA execution provider first (the GPU node in the cloud); falls back to CPU. */
    @WithDefault("false")
    boolean useCuda();

    /** ONNX Runtime intra-op threads (spinning is off: spinning threads were 3–4× slower on busy 2-core hosts). */
    @WithDefault("1")
    int intraOpThreads();
}
