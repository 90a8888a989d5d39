package org.emodisparity.face.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * SSD anchor centres as MediaPipe's {@code SsdAnchorsCalculator} generates them, for the options BlazeFace uses:
 * one aspect ratio (1.0) plus an interpolated scale per layer, layers with equal strides merged into one grid,
 * fixed anchor size (every anchor is 1 x 1 in normalised units, so only the centres matter).
 */
public final class SsdAnchors {
    /** An anchor centre in normalised [0, 1] input coordinates. */
    public record Anchor(double centreX, double centreY) {
    }

    private SsdAnchors() {
    }

    /**
     * @param inputSize    square model input side in pixels
     * @param strides      per SSD layer (e.g. 8, 16, 16, 16 for the 128 px front model)
     * @param anchorOffset 0.5 puts anchors at cell centres
     */
    public static List<Anchor> generate(int inputSize, int[] strides, double anchorOffset) {
        List<Anchor> anchors = new ArrayList<>();
        int layer = 0;
        while (layer < strides.length) {
            int anchorsPerCell = 0;
            int last = layer;
            while (last < strides.length && strides[last] == strides[layer]) {
                anchorsPerCell += 2; // aspect ratio 1.0 and the interpolated scale
                last++;
            }
            int cells = (int) Math.ceil((double) inputSize / strides[layer]);
            for (int y = 0; y < cells; y++) {
                for (int x = 0; x < cells; x++) {
                    for (int a = 0; a < anchorsPerCell; a++) {
                        anchors.add(new Anchor((x + anchorOffset) / cells, (y + anchorOffset) / cells));
                    }
                }
            }
            layer = last;
        }
        return List.copyOf(anchors);
    }
}
