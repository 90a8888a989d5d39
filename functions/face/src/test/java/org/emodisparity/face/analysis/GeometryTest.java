package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeometryTest {

    @Test
    void iouOfIdenticalDisjointAndHalfOverlappingBoxes() {
        FaceBox a = new FaceBox(0, 0, 10, 10);
        assertEquals(1.0, a.iou(new FaceBox(0, 0, 10, 10)), 1e-12);
        assertEquals(0.0, a.iou(new FaceBox(20, 0, 10, 10)), 1e-12);
        assertEquals(50.0 / 150.0, a.iou(new FaceBox(5, 0, 10, 10)), 1e-12);
    }

    @Test
    void letterboxCentresAWideImageAndMapsBack() {
        Letterbox box = Letterbox.fit(640, 360, 256, 256);
        assertEquals(256, box.scaledWidth());
        assertEquals(144, box.scaledHeight());
        assertEquals(0, box.padX());
        assertEquals(56, box.padY());
        assertEquals(320, box.toSourceX(128), 1e-9);
        assertEquals(0, box.toSourceY(56), 1e-9);
        assertEquals(360, box.toSourceY(56 + 144), 1e-9);
    }

    @Test
    void eyeAlignedCropTurnsWithTheEyeLine() {
        FaceBox box = new FaceBox(100, 100, 50, 40);
        FaceCrop level = FaceCrop.around(box, new Keypoint(110, 120), new Keypoint(140, 120), 0.2, true);
        assertEquals(0, level.angle(), 1e-12);
        assertEquals(60, level.side(), 1e-9);
        assertEquals(125, level.centreX(), 1e-9);
        FaceCrop tilted = FaceCrop.around(box, new Keypoint(110, 110), new Keypoint(140, 140), 0.2, true);
        assertEquals(Math.PI / 4, tilted.angle(), 1e-12);
        assertEquals(0, FaceCrop.around(box, new Keypoint(110, 110), new Keypoint(140, 140), 0.2, false).angle());
    }
}
