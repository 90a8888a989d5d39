package org.emodisparity.face.analysis;

import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * Everything the face stage can be configured with; {@link #defaults()} is what the product uses.
 *
 * @param family          model family; default {@link FaceModelFamily#BLAZEFACE_FER}
 * @param samplingFps     frames analysed per second of video; default 5 (every ~5th frame of 24-30 fps video: a
 *                        2.5 s window gets ~12 frames, enough to average out blinks and single-frame errors, at a
 *                        fifth of the cost of every frame)
 * @param framesPerBatch  most sampled frames analysed together (the FER classifier batches their crops); default 4
 * @param inferenceThreads threads that analyse sampled frames, each with its own model sessions (the models are
 *                        small); 0 = one per available processor. Once speech and words are done the face stage has the
 *                        machine to itself, and one thread left the second core idle
 * @param decode          how FFmpeg decodes the recording: threads, the size frames are scaled to, deblocking
 * @param ort             ONNX Runtime options (CPU, 1 intra-op thread, no spinning, all graph optimisations)
 * @param blazeFace       detector options of the BlazeFace family
 * @param fer             crop options of the FER classifier
 * @param yolo            options of the YOLO family
 * @param tracking        face tracking and client choice
 */
public record FaceAnalysisSettings(FaceModelFamily family, double samplingFps, int framesPerBatch, int inferenceThreads,
                                   DecodeSettings decode, OrtSessionSettings ort, BlazeFaceSettings blazeFace, FerSettings fer,
                                   YoloSettings yolo, TrackingSettings tracking) {

    public static final double DEFAULT_SAMPLING_FPS = 5;
    public static final int DEFAULT_FRAME_MAX_SIDE = DecodeSettings.DEFAULT_FRAME_MAX_SIDE;

    public static FaceAnalysisSettings defaults() {
        return new FaceAnalysisSettings(FaceModelFamily.BLAZEFACE_FER, DEFAULT_SAMPLING_FPS, 4, 0,
                DecodeSettings.defaults(), OrtSessionSettings.defaults(), BlazeFaceSettings.defaults(),
                FerSettings.defaults(), YoloSettings.defaults(), TrackingSettings.defaults());
    }

    public FaceAnalysisSettings {
        if (!(samplingFps > 0) || framesPerBatch < 1 || inferenceThreads < 0 || decode == null) {
            throw new IllegalArgumentException(
                    "need samplingFps > 0, framesPerBatch >= 1, inferenceThreads >= 0 and decode settings");
        }
    }

    /** {@link #inferenceThreads()}, or the available processors when 0. */
    public int effectiveInferenceThreads() {
        return inferenceThreads > 0 ? inferenceThreads : Runtime.getRuntime().availableProcessors();
    }

    public FaceAnalysisSettings withInferenceThreads(int n) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, n, decode, ort, blazeFace, fer, yolo,
                tracking);
    }

    public FaceAnalysisSettings withFamily(FaceModelFamily f) {
        return new FaceAnalysisSettings(f, samplingFps, framesPerBatch, inferenceThreads, decode, ort, blazeFace,
                fer, yolo, tracking);
    }

    public FaceAnalysisSettings withSamplingFps(double fps) {
        return new FaceAnalysisSettings(family, fps, framesPerBatch, inferenceThreads, decode, ort, blazeFace,
                fer, yolo, tracking);
    }

    public FaceAnalysisSettings withFramesPerBatch(int n) {
        return new FaceAnalysisSettings(family, samplingFps, n, inferenceThreads, decode, ort, blazeFace, fer,
                yolo, tracking);
    }

    public FaceAnalysisSettings withDecode(DecodeSettings d) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, inferenceThreads, d, ort, blazeFace, fer,
                yolo, tracking);
    }

    public FaceAnalysisSettings withFrameMaxSide(int side) {
        return withDecode(decode.withFrameMaxSide(side));
    }

    public FaceAnalysisSettings withOrt(OrtSessionSettings o) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, inferenceThreads, decode, o,
                blazeFace, fer, yolo, tracking);
    }

    public FaceAnalysisSettings withBlazeFace(BlazeFaceSettings b) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, inferenceThreads, decode, ort, b,
                fer, yolo, tracking);
    }

    public FaceAnalysisSettings withFer(FerSettings f) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, inferenceThreads, decode, ort,
                blazeFace, f, yolo, tracking);
    }

    public FaceAnalysisSettings withYolo(YoloSettings y) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, inferenceThreads, decode, ort,
                blazeFace, fer, y, tracking);
    }

    public FaceAnalysisSettings withTracking(TrackingSettings t) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, inferenceThreads, decode, ort,
                blazeFace, fer, yolo, t);
    }
}
