package org.emodisparity.face.analysis;

/** The two interchangeable ways of getting per-face emotions. */
public enum FaceModelFamily {
    /** BlazeFace detector + FER2013 mini-Xception classifier (default profile, open models). */
    BLAZEFACE_FER,
    /** One YOLO detector whose classes are emotions (the paper's setup; user-supplied weights). */
    YOLO_EMOTION
}
