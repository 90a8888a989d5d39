package org.emodisparity.face.analysis;

/** Maps an 8-bit channel value v to the model's input range: {@code v * scale + offset}. */
public record PixelNormalisation(float scale, float offset) {
    /** [0, 255] to [-1, 1] (MediaPipe). */
    public static final PixelNormalisation SIGNED_UNIT = new PixelNormalisation(2f / 255f, -1f);
    /** [0, 255] to [0, 1] (Ultralytics). */
    public static final PixelNormalisation UNIT = new PixelNormalisation(1f / 255f, 0f);

    public float apply(float value) {
        return value * scale + offset;
    }
}
