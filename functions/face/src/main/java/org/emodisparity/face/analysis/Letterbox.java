package org.emodisparity.face.analysis;

/**
 * How an image is fitted into a model input without distortion: scaled by {@code scale} and centred, with padding
 * of {@code padX}/{@code padY} input pixels on the left/top (as MediaPipe's and Ultralytics' letterboxing do).
 * Maps model-input coordinates back to source pixels.
 */
public record Letterbox(int sourceWidth, int sourceHeight, int inputWidth, int inputHeight, double scale,
                        int scaledWidth, int scaledHeight, int padX, int padY) {

    public static Letterbox fit(int sourceWidth, int sourceHeight, int inputWidth, int inputHeight) {
        double scale = Math.min((double) inputWidth / sourceWidth, (double) inputHeight / sourceHeight);
        int w = Math.max(1, Math.min(inputWidth, (int) Math.round(sourceWidth * scale)));
        int h = Math.max(1, Math.min(inputHeight, (int) Math.round(sourceHeight * scale)));
        return new Letterbox(sourceWidth, sourceHeight, inputWidth, inputHeight, scale, w, h,
                (inputWidth - w) / 2, (inputHeight - h) / 2);
    }

    /** Source x of a model-input x (pixels). */
    public double toSourceX(double inputX) {
        return (inputX - padX) * sourceWidth / scaledWidth;
    }

    /** Source y of a model-input y (pixels). */
    public double toSourceY(double inputY) {
        return (inputY - padY) * sourceHeight / scaledHeight;
    }

    public double toSourceLength(double inputLength) {
        return inputLength * sourceWidth / scaledWidth;
    }

    /** A box given in model-input pixels, in source pixels. */
    public FaceBox toSource(double inputXMin, double inputYMin, double inputXMax, double inputYMax) {
        return FaceBox.fromCorners(toSourceX(inputXMin), toSourceY(inputYMin), toSourceX(inputXMax), toSourceY(inputYMax));
    }
}
