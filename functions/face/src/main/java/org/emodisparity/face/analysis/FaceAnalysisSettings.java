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
 * @param decoderThreads  FFmpeg decoding threads; default 1 (decoding runs beside inference on its own thread)
 * @param frameMaxSide    longest side, in pixels, of the frames the models see: FFmpeg scales larger video down while
 *                        converting it (libswscale), so no full-size HD frame is copied or resized in Java; 0 keeps
 *                        the source size. Default {@value #DEFAULT_FRAME_MAX_SIDE}: 2.5 x the detector's 256-pixel input,
 *                        so the smallest face BlazeFace finds (about 20 of its 256 pixels) still spans about 50 frame
 *                        pixels for the 64-pixel emotion crop. Boxes are reported in source pixels either way.
 * @param ort             ONNX Runtime options (CPU, 1 intra-op thread, no spinning, all graph optimisations)
 * @param blazeFace       detector options of the BlazeFace family
 * @param fer             crop options of the FER classifier
 * @param yolo            options of the YOLO family
 * @param tracking        face tracking and client choice
 */
public record FaceAnalysisSettings(FaceModelFamily family, double samplingFps, int framesPerBatch, int decoderThreads,
                                   int frameMaxSide, OrtSessionSettings ort, BlazeFaceSettings blazeFace, FerSettings fer,
                                   YoloSettings yolo, TrackingSettings tracking) {

    public static final double DEFAULT_SAMPLING_FPS = 5;
    public static final int DEFAULT_FRAME_MAX_SIDE = 640;

    public static FaceAnalysisSettings defaults() {
        return new FaceAnalysisSettings(FaceModelFamily.BLAZEFACE_FER, DEFAULT_SAMPLING_FPS, 4, 1,
                DEFAULT_FRAME_MAX_SIDE, OrtSessionSettings.defaults(), BlazeFaceSettings.defaults(),
                FerSettings.defaults(), YoloSettings.defaults(), TrackingSettings.defaults());
    }

    public FaceAnalysisSettings {
        if (!(samplingFps > 0) || framesPerBatch < 1 || decoderThreads < 0 || frameMaxSide < 0) {
            throw new IllegalArgumentException(
                    "need samplingFps > 0, framesPerBatch >= 1, decoderThreads >= 0, frameMaxSide >= 0");
        }
    }

    public FaceAnalysisSettings withFamily(FaceModelFamily f) {
        return new FaceAnalysisSettings(f, samplingFps, framesPerBatch, decoderThreads, frameMaxSide, ort, blazeFace,
                fer, yolo, tracking);
    }

    public FaceAnalysisSettings withSamplingFps(double fps) {
        return new FaceAnalysisSettings(family, fps, framesPerBatch, decoderThreads, frameMaxSide, ort, blazeFace,
                fer, yolo, tracking);
    }

    public FaceAnalysisSettings withFramesPerBatch(int n) {
        return new FaceAnalysisSettings(family, samplingFps, n, decoderThreads, frameMaxSide, ort, blazeFace, fer,
                yolo, tracking);
    }

    public FaceAnalysisSettings withDecoderThreads(int n) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, n, frameMaxSide, ort, blazeFace, fer,
                yolo, tracking);
    }

    public FaceAnalysisSettings withFrameMaxSide(int side) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, decoderThreads, side, ort, blazeFace, fer,
                yolo, tracking);
    }

    public FaceAnalysisSettings withOrt(OrtSessionSettings o) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, decoderThreads, frameMaxSide, o,
                blazeFace, fer, yolo, tracking);
    }

    public FaceAnalysisSettings withBlazeFace(BlazeFaceSettings b) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, decoderThreads, frameMaxSide, ort, b,
                fer, yolo, tracking);
    }

    public FaceAnalysisSettings withFer(FerSettings f) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, decoderThreads, frameMaxSide, ort,
                blazeFace, f, yolo, tracking);
    }

    public FaceAnalysisSettings withYolo(YoloSettings y) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, decoderThreads, frameMaxSide, ort,
                blazeFace, fer, y, tracking);
    }

    public FaceAnalysisSettings withTracking(TrackingSettings t) {
        return new FaceAnalysisSettings(family, samplingFps, framesPerBatch, decoderThreads, frameMaxSide, ort,
                blazeFace, fer, yolo, t);
    }
}
