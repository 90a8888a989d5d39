package org.emodisparity.face.analysis;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns BlazeFace's raw tensors into detections, as MediaPipe's {@code TensorsToDetectionsCalculator} does with the
 * face-detection graph options: per anchor, score logit clipped to [-100, 100] and passed through a sigmoid;
 * regressor values (x, y, w, h, then 6 key points as x, y) are input pixels relative to the anchor centre.
 * Coordinates are mapped from the letterboxed input back to source pixels.
 */
public final class BlazeFaceDecoder {
    private static final double SCORE_CLIPPING = 100;
    private static final int VALUES_PER_ANCHOR = 16;
    private static final int KEYPOINTS = 6;

    private final int inputSize;
    private final List<SsdAnchors.Anchor> anchors;

    public BlazeFaceDecoder(BlazeFaceVariant variant) {
        this.inputSize = variant.inputSize();
        this.anchors = SsdAnchors.generate(inputSize, variant.strides(), 0.5);
    }

    public int anchorCount() {
        return anchors.size();
    }

    /**
     * @param scores     score logits of all anchors in anchor order (the two score tensors one after the other)
     * @param regressors 16 values per anchor, same order
     */
    public List<FaceDetection> decode(FloatBuffer scores, FloatBuffer regressors, double minScore, Letterbox letterbox) {
        if (scores.remaining() != anchors.size() || regressors.remaining() != anchors.size() * VALUES_PER_ANCHOR) {
            throw new IllegalArgumentException("expected " + anchors.size() + " scores and regressors, got "
                    + scores.remaining() + " and " + regressors.remaining() / VALUES_PER_ANCHOR);
        }
        double minLogit = Math.log(minScore / (1 - minScore));
        int s0 = scores.position();
        int r0 = regressors.position();
        List<FaceDetection> out = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            double logit = Math.max(-SCORE_CLIPPING, Math.min(SCORE_CLIPPING, scores.get(s0 + i)));
            if (logit < minLogit) {
                continue;
            }
            SsdAnchors.Anchor a = anchors.get(i);
            int r = r0 + i * VALUES_PER_ANCHOR;
            double cx = (regressors.get(r) / inputSize + a.centreX()) * inputSize;
            double cy = (regressors.get(r + 1) / inputSize + a.centreY()) * inputSize;
            double w = regressors.get(r + 2);
            double h = regressors.get(r + 3);
            List<Keypoint> keypoints = new ArrayList<>(KEYPOINTS);
            for (int k = 0; k < KEYPOINTS; k++) {
                double kx = regressors.get(r + 4 + 2 * k) + a.centreX() * inputSize;
                double ky = regressors.get(r + 5 + 2 * k) + a.centreY() * inputSize;
                keypoints.add(new Keypoint(letterbox.toSourceX(kx), letterbox.toSourceY(ky)));
            }
            FaceBox box = letterbox.toSource(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
            out.add(new FaceDetection(box, 1 / (1 + Math.exp(-logit)), keypoints));
        }
        return out;
    }
}
