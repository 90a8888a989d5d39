package org.emodisparity.face.analysis;

/** An axis-aligned face box in source-image pixels: top-left corner, width and height. */
public record FaceBox(double x, double y, double width, double height) {

    public FaceBox {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("box size must be >= 0, was " + width + "x" + height);
        }
    }

    public static FaceBox fromCorners(double xMin, double yMin, double xMax, double yMax) {
        return new FaceBox(xMin, yMin, Math.max(0, xMax - xMin), Math.max(0, yMax - yMin));
    }

    public static FaceBox fromCentre(double centreX, double centreY, double width, double height) {
        return new FaceBox(centreX - width / 2, centreY - height / 2, Math.max(0, width), Math.max(0, height));
    }

    /** The same box with every coordinate multiplied by {@code factor} (e.g. from a scaled frame to the source). */
    public FaceBox scaled(double factor) {
        return factor == 1 ? this : new FaceBox(x * factor, y * factor, width * factor, height * factor);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    public double area() {
        return width * height;
    }

    /** Intersection over union; 0 when either box is empty. */
    public double iou(FaceBox other) {
        double iw = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
        double ih = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double intersection = iw * ih;
        double union = area() + other.area() - intersection;
        return union > 0 ? intersection / union : 0;
    }
}
