package org.emodisparity.face.analysis;

/**
 * Writes a letterboxed, resized copy of an image into a float tensor. Resizing is separable: area averaging when
 * shrinking (as OpenCV's INTER_AREA; a 1350 px photo shrunk to 256 px does not alias, and it needs half the taps of
 * a widened triangle filter), bilinear when enlarging. Per-axis weights are cached for the last source size: video
 * frames all share one size.
 */
public final class LetterboxResizer {
    private final int inputWidth;
    private final int inputHeight;
    private final TensorLayout layout;
    private final PixelNormalisation normalisation;
    private final float padValue;
    private AxisWeights columns;
    private AxisWeights rows;
    private float[] horizontalPass = new float[0];

    /** {@code padPixelValue}: the 8-bit grey level of the padding (0 for MediaPipe, 114 for Ultralytics). */
    public LetterboxResizer(int inputWidth, int inputHeight, TensorLayout layout, PixelNormalisation normalisation,
                            int padPixelValue) {
        this.inputWidth = inputWidth;
        this.inputHeight = inputHeight;
        this.layout = layout;
        this.normalisation = normalisation;
        this.padValue = normalisation.apply(padPixelValue);
    }

    public int tensorLength() {
        return inputWidth * inputHeight * 3;
    }

    /** Fills {@code tensor} (length {@link #tensorLength()}) and returns the geometry used. */
    public Letterbox resize(RgbImage image, float[] tensor) {
        Letterbox box = Letterbox.fit(image.width(), image.height(), inputWidth, inputHeight);
        if (columns == null || columns.sourceSize != image.width() || columns.targetSize != box.scaledWidth()
                || rows.sourceSize != image.height() || rows.targetSize != box.scaledHeight()) {
            columns = new AxisWeights(image.width(), box.scaledWidth());
            rows = new AxisWeights(image.height(), box.scaledHeight());
        }
        java.util.Arrays.fill(tensor, padValue);
        int tmpLength = image.height() * box.scaledWidth() * 3;
        if (horizontalPass.length < tmpLength) {
            horizontalPass = new float[tmpLength];
        }
        resizeRows(image, box.scaledWidth());
        resizeColumns(box, tensor);
        return box;
    }

    private void resizeRows(RgbImage image, int targetWidth) {
        byte[] px = image.pixels();
        float[] tmp = horizontalPass;
        int srcRow = image.width() * 3;
        for (int y = 0; y < image.height(); y++) {
            int rowStart = y * srcRow;
            int outRow = y * targetWidth * 3;
            for (int x = 0; x < targetWidth; x++) {
                int first = columns.first[x];
                int offset = columns.offset[x];
                float r = 0, g = 0, b = 0;
                for (int k = 0; k < columns.count[x]; k++) {
                    float w = columns.weights[offset + k];
                    int p = rowStart + (first + k) * 3;
                    r += w * (px[p] & 0xff);
                    g += w * (px[p + 1] & 0xff);
                    b += w * (px[p + 2] & 0xff);
                }
                tmp[outRow + 3 * x] = r;
                tmp[outRow + 3 * x + 1] = g;
                tmp[outRow + 3 * x + 2] = b;
            }
        }
    }

    private void resizeColumns(Letterbox box, float[] tensor) {
        float[] tmp = horizontalPass;
        int w = box.scaledWidth();
        int channelStride = layout == TensorLayout.NHWC ? 1 : inputWidth * inputHeight;
        for (int y = 0; y < box.scaledHeight(); y++) {
            int first = rows.first[y];
            int offset = rows.offset[y];
            int count = rows.count[y];
            for (int x = 0; x < w; x++) {
                float r = 0, g = 0, b = 0;
                for (int k = 0; k < count; k++) {
                    float wt = rows.weights[offset + k];
                    int p = ((first + k) * w + x) * 3;
                    r += wt * tmp[p];
                    g += wt * tmp[p + 1];
                    b += wt * tmp[p + 2];
                }
                int i = layout.index(x + box.padX(), y + box.padY(), 0, inputWidth, inputHeight, 3);
                tensor[i] = normalisation.apply(r);
                tensor[i + channelStride] = normalisation.apply(g);
                tensor[i + 2 * channelStride] = normalisation.apply(b);
            }
        }
    }

    /**
     * Source taps and normalised weights for each target position along one axis: the overlap of each source pixel
     * with the target pixel's footprint when shrinking (area averaging), linear interpolation when enlarging.
     */
    static final class AxisWeights {
        final int sourceSize;
        final int targetSize;
        final int[] first;
        final int[] count;
        final int[] offset;
        final float[] weights;

        AxisWeights(int sourceSize, int targetSize) {
            this.sourceSize = sourceSize;
            this.targetSize = targetSize;
            double ratio = (double) sourceSize / targetSize;
            int maxTaps = (int) Math.ceil(ratio) + 2;
            first = new int[targetSize];
            count = new int[targetSize];
            offset = new int[targetSize];
            float[] w = new float[targetSize * maxTaps];
            int used = 0;
            for (int t = 0; t < targetSize; t++) {
                offset[t] = used;
                if (ratio > 1) {
                    double from = t * ratio;
                    double to = Math.min(sourceSize, (t + 1) * ratio);
                    int lo = (int) Math.floor(from);
                    int hi = Math.min(sourceSize - 1, (int) Math.ceil(to) - 1);
                    first[t] = lo;
                    count[t] = hi - lo + 1;
                    for (int s = lo; s <= hi; s++) {
                        w[used++] = (float) ((Math.min(s + 1, to) - Math.max(s, from)) / (to - from));
                    }
                } else {
                    double centre = Math.max(0, Math.min(sourceSize - 1, (t + 0.5) * ratio - 0.5));
                    int lo = Math.min((int) Math.floor(centre), Math.max(0, sourceSize - 2));
                    double frac = sourceSize == 1 ? 0 : centre - lo;
                    first[t] = lo;
                    count[t] = sourceSize == 1 ? 1 : 2;
                    w[used++] = (float) (1 - frac);
                    if (sourceSize > 1) {
                        w[used++] = (float) frac;
                    }
                }
            }
            weights = java.util.Arrays.copyOf(w, used);
        }
    }
}
