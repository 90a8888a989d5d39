package org.emodisparity.models;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Test support that follows the catalog's input contracts literally: BlazeFace (RGB in [-1, 1], NHWC, anchors decoded
 * as the catalog notes say) finds the face, and the crop is prepared for fer-mini-xception (RGB [0, 1], bilinear
 * 64x64, gray = 0.2989R + 0.587G + 0.114B, (gray - 0.5) * 2).
 */
public final class FaceCrops implements AutoCloseable {
    /** Face box in image pixels and the detector's probability. */
    public record Face(double centreX, double centreY, double width, double height, double score) {
    }

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession detector;

    public FaceCrops(InstalledModel blazefaceBack256) throws OrtException {
        detector = env.createSession(blazefaceBack256.file("face_detection_back_256x256.onnx").toString(),
                new OrtSession.SessionOptions());
    }

    /** The real face photos in the project's shared media folder, if this checkout has it. */
    public static Optional<Path> sharedFaces() {
        String env = System.getenv("EMODISPARITY_SHARED_DIR");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env, "media", "faces")).filter(Files::isDirectory);
        }
        String root = System.getProperty("emodisparity.repo.root");
        Path start = root != null && !root.isBlank() ? Path.of(root) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            Path faces = p.resolveSibling("shared").resolve("media").resolve("faces");
            if (Files.isDirectory(faces)) {
                return Optional.of(faces);
            }
        }
        return Optional.empty();
    }

    public static BufferedImage read(Path image) throws IOException {
        BufferedImage im = ImageIO.read(image.toFile());
        if (im == null) {
            throw new IOException("cannot decode " + image);
        }
        return im;
    }

    /** The highest-scoring BlazeFace detection; the image is padded (bottom/right) to a square first. */
    public Face detect(BufferedImage image) throws OrtException {
        int side = Math.max(image.getWidth(), image.getHeight());
        float[] rgb = resizeRgb(image, 0, 0, side, side, 256);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = rgb[i] * 2 - 1;
        }
        try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(rgb), new long[] {1, 256, 256, 3});
                OrtSession.Result r = detector.run(Map.of("input:0", in))) {
            Face best = null;
            String[][] layers = {{"Identity:0", "Identity_2:0"}, {"Identity_1:0", "Identity_3:0"}};
            int[] cells = {16, 8};
            int[] anchors = {2, 6};
            for (int layer = 0; layer < 2; layer++) {
                float[][] scores = ((float[][][]) r.get(layers[layer][0]).orElseThrow().getValue())[0];
                float[][] boxes = ((float[][][]) r.get(layers[layer][1]).orElseThrow().getValue())[0];
                for (int i = 0; i < scores.length; i++) {
                    int cell = i / anchors[layer];
                    double ax = (cell % cells[layer] + 0.5) / cells[layer];
                    double ay = (cell / cells[layer] + 0.5) / cells[layer];
                    double score = 1 / (1 + Math.exp(-scores[i][0]));
                    if (best == null || score > best.score()) {
                        best = new Face((ax + boxes[i][0] / 256) * side, (ay + boxes[i][1] / 256) * side,
                                boxes[i][2] / 256 * side, boxes[i][3] / 256 * side, score);
                    }
                }
            }
            return best;
        }
    }

    /** The square face crop as fer-mini-xception input: [64 * 64] values, NHWC with one channel. */
    public static float[] emotionInput(BufferedImage image, Face face) {
        int side = (int) Math.round(Math.max(face.width(), face.height()));
        float[] rgb = resizeRgb(image, (int) Math.round(face.centreX() - side / 2.0),
                (int) Math.round(face.centreY() - side / 2.0), side, side, 64);
        float[] gray = new float[64 * 64];
        for (int i = 0; i < gray.length; i++) {
            double g = 0.2989 * rgb[3 * i] + 0.587 * rgb[3 * i + 1] + 0.114 * rgb[3 * i + 2];
            gray[i] = (float) ((g - 0.5) * 2);
        }
        return gray;
    }

    /** Bilinear resize of a region (clamped at the borders) to size x size, RGB in [0, 1], NHWC. */
    static float[] resizeRgb(BufferedImage im, int x0, int y0, int w, int h, int size) {
        float[] out = new float[size * size * 3];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double sx = x0 + (x + 0.5) * w / size - 0.5;
                double sy = y0 + (y + 0.5) * h / size - 0.5;
                int ix = (int) Math.floor(sx), iy = (int) Math.floor(sy);
                double fx = sx - ix, fy = sy - iy;
                for (int c = 0; c < 3; c++) {
                    double v = 0;
                    for (int dy = 0; dy < 2; dy++) {
                        for (int dx = 0; dx < 2; dx++) {
                            int px = Math.min(Math.max(ix + dx, 0), im.getWidth() - 1);
                            int py = Math.min(Math.max(iy + dy, 0), im.getHeight() - 1);
                            int channel = (im.getRGB(px, py) >> (16 - 8 * c)) & 0xff;
                            v += channel / 255.0 * (dx == 0 ? 1 - fx : fx) * (dy == 0 ? 1 - fy : fy);
                        }
                    }
                    out[(y * size + x) * 3 + c] = (float) v;
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws OrtException {
        detector.close();
    }
}
