package org.emodisparity.face.analysis;

/**
 * A square, possibly rotated region of a source image: its centre and side in source pixels, and the angle (radians,
 * image coordinates with y down) of its x-axis. Angle 0 is an upright, axis-aligned crop.
 */
public record FaceCrop(double centreX, double centreY, double side, double angle) {

    /**
     * The square around a detected face, enlarged by {@code margin} (0.2 = 20 % wider), turned so that the eyes lie
     * on a horizontal line when the detector gives them ({@code rightEye} is the subject's right eye, on the image's
     * left in an upright face).
     */
    public static FaceCrop around(FaceBox box, Keypoint rightEye, Keypoint leftEye, double margin, boolean alignEyes) {
        double side = Math.max(box.width(), box.height()) * (1 + margin);
        double angle = alignEyes && rightEye != null && leftEye != null
                ? Math.atan2(leftEye.y() - rightEye.y(), leftEye.x() - rightEye.x())
                : 0;
        return new FaceCrop(box.centreX(), box.centreY(), side, angle);
    }
}
