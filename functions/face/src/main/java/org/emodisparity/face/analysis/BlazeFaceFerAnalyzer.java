package org.emodisparity.face.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Model family (a): BlazeFace finds the faces, each face is cropped (square, with margin, eyes levelled) and the FER
 * mini-Xception classifies the crops of all given frames in one batch.
 */
public final class BlazeFaceFerAnalyzer implements FrameFaceAnalyzer {
    private final BlazeFaceDetector detector;
    private final FerEmotionClassifier classifier;
    private final FerSettings settings;
    private final FaceCropSampler sampler = new FaceCropSampler(FerEmotionClassifier.INPUT_SIZE);

    public BlazeFaceFerAnalyzer(BlazeFaceDetector detector, FerEmotionClassifier classifier, FerSettings settings) {
        this.detector = detector;
        this.classifier = classifier;
        this.settings = settings;
    }

    @Override
    public List<FaceEstimate> analyze(RgbImage frame) {
        return analyzeAll(List.of(frame)).get(0);
    }

    @Override
    public List<List<FaceEstimate>> analyzeAll(List<RgbImage> frames) {
        List<List<FaceDetection>> detections = new ArrayList<>(frames.size());
        List<float[]> crops = new ArrayList<>();
        for (RgbImage frame : frames) {
            List<FaceDetection> faces = detector.detect(frame);
            detections.add(faces);
            for (FaceDetection face : faces) {
                for (FaceCrop crop : cropsOf(face)) {
                    crops.add(sampler.sample(frame, crop));
                }
            }
        }
        List<float[]> probabilities = classifier.classify(crops);
        List<List<FaceEstimate>> out = new ArrayList<>(frames.size());
        int next = 0;
        for (List<FaceDetection> faces : detections) {
            List<FaceEstimate> estimates = new ArrayList<>(faces.size());
            for (FaceDetection face : faces) {
                float[] p = mean(probabilities.subList(next, next + settings.cropMargins().size()));
                next += settings.cropMargins().size();
                estimates.add(new FaceEstimate(face.box(), face.score(),
                        FaceEstimate.scores(classifier.labels(), p),
                        classifier.mapping().toCanonical(classifier.labels(), p), modelIds()));
            }
            out.add(estimates);
        }
        return out;
    }

    /** The classifier's views of a detected face, one per configured margin. */
    public List<FaceCrop> cropsOf(FaceDetection face) {
        List<FaceCrop> crops = new ArrayList<>(settings.cropMargins().size());
        for (double margin : settings.cropMargins()) {
            crops.add(FaceCrop.around(face.box(), face.keypoint(FaceDetection.RIGHT_EYE),
                    face.keypoint(FaceDetection.LEFT_EYE), margin, settings.alignEyes()));
        }
        return crops;
    }

    private static float[] mean(List<float[]> probabilities) {
        float[] m = new float[probabilities.get(0).length];
        for (float[] p : probabilities) {
            for (int i = 0; i < m.length; i++) {
                m[i] += p[i] / probabilities.size();
            }
        }
        return m;
    }

    public BlazeFaceDetector detector() {
        return detector;
    }

    public FerEmotionClassifier classifier() {
        return classifier;
    }

    @Override
    public List<String> modelIds() {
        return List.of(detector.variant().modelId(), classifier.modelId());
    }

    @Override
    public String executionProvider() {
        return detector.provider();
    }

    @Override
    public void close() {
        try {
            detector.close();
        } finally {
            classifier.close();
        }
    }
}
