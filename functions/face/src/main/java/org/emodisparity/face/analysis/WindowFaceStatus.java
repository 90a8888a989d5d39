package org.emodisparity.face.analysis;

/** Whether a window has a face estimate. */
public enum WindowFaceStatus {
    /** The client's face was found in at least one sampled frame of the window. */
    FACE,
    /** No sampled frame of the window shows the client's face: no label is given. */
    NO_FACE
}
