/**
 * The face stage's analysis core: plain Java, no CDI.
 *
 * <p>Entry point: {@link org.emodisparity.face.analysis.VideoFaceAnalyzer#open} with
 * {@link org.emodisparity.face.analysis.FaceAnalysisSettings#defaults()}, then
 * {@link org.emodisparity.face.analysis.VideoFaceAnalyzer#analyze(java.nio.file.Path, java.util.List)} per video.
 * The video is decoded once ({@link org.emodisparity.face.analysis.VideoFrameSampler}, 5 sampled frames per second by
 * default, scaled by FFmpeg to the size the models need: {@link org.emodisparity.face.analysis.DecodeSettings}); each
 * sampled frame is analysed once by a {@link org.emodisparity.face.analysis.FrameFaceAnalyzer} (BlazeFace + FER
 * mini-Xception, or a YOLO emotion detector: {@link org.emodisparity.face.analysis.FaceModels#configured} chooses by
 * the configured detector's catalog task), on one inference thread per processor, results in frame order; faces are
 * linked into tracks
 * ({@link org.emodisparity.face.analysis.FaceTracker}); the client's track
 * ({@link org.emodisparity.face.analysis.ClientTrackRule}) is averaged per window
 * ({@link org.emodisparity.face.analysis.WindowAggregator}). A window without the client's face is
 * {@link org.emodisparity.face.analysis.WindowFaceStatus#NO_FACE}, never a guessed label. The client track's mouth
 * motion ({@link org.emodisparity.face.analysis.MouthMotion}) goes to fusion, which uses it to tell which voice is
 * the client's when nothing names the speakers.
 */
package org.emodisparity.face.analysis;
