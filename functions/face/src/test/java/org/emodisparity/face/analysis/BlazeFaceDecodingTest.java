package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlazeFaceDecodingTest {

    @Test
    void anchorsFollowMediaPipeGridsForBothVariants() {
        for (BlazeFaceVariant v : BlazeFaceVariant.catalogued()) {
            List<SsdAnchors.Anchor> anchors = SsdAnchors.generate(v.inputSize(), v.strides(), 0.5);
            assertEquals(896, anchors.size(), v.modelId());
            // first layer: 16x16 cells, 2 anchors each; then 8x8 cells, 6 anchors each
            assertEquals(new SsdAnchors.Anchor(0.5 / 16, 0.5 / 16), anchors.get(0));
            assertEquals(new SsdAnchors.Anchor(0.5 / 16, 0.5 / 16), anchors.get(1));
            assertEquals(new SsdAnchors.Anchor(1.5 / 16, 0.5 / 16), anchors.get(2));
            assertEquals(new SsdAnchors.Anchor(15.5 / 16, 15.5 / 16), anchors.get(511));
            assertEquals(new SsdAnchors.Anchor(0.5 / 8, 0.5 / 8), anchors.get(512));
            assertEquals(new SsdAnchors.Anchor(0.5 / 8, 0.5 / 8), anchors.get(517));
            assertEquals(new SsdAnchors.Anchor(1.5 / 8, 0.5 / 8), anchors.get(518));
        }
    }

    @Test
    void theCatalogEntriesDescribeTheDetectorsTheirIdsName() {
        org.emodisparity.models.ModelCatalog catalog = org.emodisparity.models.ModelCatalog.load();
        for (BlazeFaceVariant v : BlazeFaceVariant.catalogued()) {
            assertEquals(v, BlazeFaceVariant.of(catalog.entry(v.modelId())));
        }
        assertEquals(List.of(16, 32, 32, 32), java.util.Arrays.stream(BlazeFaceVariant.BACK_256.strides()).boxed().toList());
        assertEquals(List.of(8, 16, 16, 16), java.util.Arrays.stream(BlazeFaceVariant.FRONT_128.strides()).boxed().toList());
    }

    @Test
    void decodesBoxKeypointsAndScoreRelativeToTheAnchorAndLetterbox() {
        BlazeFaceDecoder decoder = new BlazeFaceDecoder(BlazeFaceVariant.BACK_256);
        float[] scores = new float[896];
        java.util.Arrays.fill(scores, -10);
        float[] regressors = new float[896 * 16];
        int anchor = 512 + (3 * 8 + 4) * 6; // 8x8 grid, row 3, column 4: centre (144, 112) in input pixels
        scores[anchor] = 2;
        scores[anchor + 1] = 500; // clipped to 100, still above threshold, but its box is elsewhere
        float[] r = {8, -4, 40, 48, -10, -8, 10, -8, 0, 0, 0, 10, -20, 0, 20, 0};
        System.arraycopy(r, 0, regressors, anchor * 16, 16);
        regressors[(anchor + 1) * 16 + 2] = 10;
        regressors[(anchor + 1) * 16 + 3] = 10;
        // source 512 x 288 letterboxed into 256: scale 0.5, padY 56
        Letterbox lb = Letterbox.fit(512, 288, 256, 256);
        List<FaceDetection> out = decoder.decode(FloatBuffer.wrap(scores), FloatBuffer.wrap(regressors), 0.5, lb);
        assertEquals(2, out.size());
        FaceDetection d = out.get(0);
        assertEquals(1 / (1 + Math.exp(-2)), d.score(), 1e-9);
        // centre in input (152, 108) -> source (304, 104); size 40x48 -> 80x96
        assertEquals(304 - 40, d.box().x(), 1e-4);
        assertEquals(104 - 48, d.box().y(), 1e-4);
        assertEquals(80, d.box().width(), 1e-4);
        assertEquals(96, d.box().height(), 1e-4);
        // right eye at input (134, 104) -> source (268, 96)
        assertEquals(268, d.keypoint(FaceDetection.RIGHT_EYE).x(), 1e-4);
        assertEquals(96, d.keypoint(FaceDetection.RIGHT_EYE).y(), 1e-4);
        assertEquals(1.0, out.get(1).score(), 1e-12);
        assertTrue(decoder.decode(FloatBuffer.wrap(scores), FloatBuffer.wrap(regressors), 0.9, lb).size() == 1);
    }

    @Test
    void plainNmsKeepsTheBestWeightedNmsAveragesTheCluster() {
        FaceDetection a = new FaceDetection(new FaceBox(0, 0, 10, 10), 0.9, List.of(new Keypoint(2, 2)));
        FaceDetection b = new FaceDetection(new FaceBox(2, 0, 10, 10), 0.3, List.of(new Keypoint(6, 2)));
        FaceDetection far = new FaceDetection(new FaceBox(50, 50, 10, 10), 0.6, List.of(new Keypoint(55, 55)));
        List<FaceDetection> plain = NonMaxSuppression.apply(List.of(b, far, a), NmsMode.PLAIN, 0.3, 10);
        assertEquals(List.of(a, far), plain);

        List<FaceDetection> weighted = NonMaxSuppression.apply(List.of(b, far, a), NmsMode.WEIGHTED, 0.3, 10);
        assertEquals(2, weighted.size());
        FaceDetection merged = weighted.get(0);
        assertEquals(0.9, merged.score(), 1e-12);
        assertEquals(0.5, merged.box().x(), 1e-9); // (0.9*0 + 0.3*2) / 1.2
        assertEquals(3.0, merged.keypoint(0).x(), 1e-9); // (0.9*2 + 0.3*6) / 1.2
        assertEquals(far, weighted.get(1));
        assertEquals(1, NonMaxSuppression.apply(List.of(b, far, a), NmsMode.WEIGHTED, 0.3, 1).size());
    }
}
