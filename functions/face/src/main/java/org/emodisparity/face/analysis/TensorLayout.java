package org.emodisparity.face.analysis;

/** Memory order of an image tensor with batch 1: channels last (TF/MediaPipe) or channels first (PyTorch/YOLO). */
public enum TensorLayout {
    NHWC,
    NCHW;

    int index(int x, int y, int c, int width, int height, int channels) {
        return this == NHWC ? (y * width + x) * channels + c : (c * height + y) * width + x;
    }
}
