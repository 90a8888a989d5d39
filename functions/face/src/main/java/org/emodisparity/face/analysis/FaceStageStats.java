package org.emodisparity.face.analysis;

/**
 * Work and time of one video analysis. Decoding runs on its own thread beside inference, so {@code wallNanos} can
 * be less than {@code decodeNanos + inferenceNanos}. {@code frameSize} is the size the models saw ("640x360"),
 * {@code sourceSize} the video's own; {@code decoderThreads} and {@code inferenceThreads} the threads that did it.
 */
public record FaceStageStats(double samplingFps, int decodedFrames, int sampledFrames, int facesAnalysed,
                             long decodeNanos, long inferenceNanos, long wallNanos, String sourceSize,
                             String frameSize, int decoderThreads, int inferenceThreads) {

    public double wallSeconds() {
        return wallNanos / 1e9;
    }

    /** Sampled frames analysed per second of wall time, end to end. */
    public double sampledFramesPerSecond() {
        return wallNanos > 0 ? sampledFrames / (wallNanos / 1e9) : 0;
    }
}
