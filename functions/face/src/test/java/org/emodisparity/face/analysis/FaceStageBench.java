package org.emodisparity.face.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.onnx.OrtModelSession;

/**
 * Benchmark of the face stage on the 19.7 s shared video (not a test). Compares the stage's wall time with its floor:
 * the same frames decoded with no inference, plus the same detector inputs and face crops run through ONNX Runtime
 * alone (no preprocessing, decoding, NMS or tracking). Runs are interleaved and the best of each is reported, so
 * background load on a shared machine affects both sides alike.
 *
 * <pre>
 * mvn -q -pl functions/face test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.emodisparity.face.analysis.FaceStageBench [-Dexec.args="ROUNDS blazeface-back-256|blazeface-front-128"]
 * </pre>
 */
public final class FaceStageBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        BlazeFaceVariant variant = args.length > 1
                ? BlazeFaceVariant.of(org.emodisparity.models.ModelCatalog.load().entry(args[1])) : BlazeFaceVariant.BACK_256;
        Path video = SharedMedia.pexelsWomanVideo();
        FaceAnalysisSettings defaults = FaceAnalysisSettings.defaults();
        FaceAnalysisSettings settings = defaults.withBlazeFace(defaults.blazeFace().withVariant(variant));
        List<TimeWindow> windows = WindowPlan.plan(19.69, 2.5, 1.25).windows();
        ModelRepository models = ModelRepository.atDefaultLocation();
        System.out.printf(Locale.ROOT, "machine: %d CPUs, load average %s", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")));

        try (VideoFaceAnalyzer stage = VideoFaceAnalyzer.open(models, settings);
             OrtModelSession detector = OrtModelSession.open(models.require(settings.blazeFace().variant().modelId())
                     .file(settings.blazeFace().variant().fileName()), settings.ort());
             OrtModelSession fer = OrtModelSession.open(models.require(FerEmotionClassifier.MODEL_ID)
                     .file(FerEmotionClassifier.FILE_NAME), settings.ort())) {
            BlazeFaceFerAnalyzer analyzer = (BlazeFaceFerAnalyzer) stage.frameAnalyzer();
            Inputs inputs = prepareInputs(video, settings, analyzer);
            System.out.printf(Locale.ROOT, "%d sampled frames, %d face crops; provider %s%n", inputs.detector.size(),
                    inputs.crops.size(), stage.frameAnalyzer().executionProvider());
            stage.analyze(video, windows); // warm-up

            long bestStage = Long.MAX_VALUE, bestDecode = Long.MAX_VALUE, bestDetector = Long.MAX_VALUE,
                    bestFer = Long.MAX_VALUE, stageCpu = Long.MAX_VALUE, floorCpu = Long.MAX_VALUE;
            FaceStageStats stats = null;
            for (int r = 0; r < rounds; r++) {
                long cpu0 = processCpuNanos();
                VideoFaceResult result = stage.analyze(video, windows);
                long cpu1 = processCpuNanos();
                if (result.stats().wallNanos() < bestStage) {
                    bestStage = result.stats().wallNanos();
                    stats = result.stats();
                }
                bestDecode = Math.min(bestDecode, decodeOnly(video, settings, windows));
                bestDetector = Math.min(bestDetector, runDetector(detector, inputs.detector, settings));
                bestFer = Math.min(bestFer, runFer(fer, inputs.crops, settings.framesPerBatch()));
                stageCpu = Math.min(stageCpu, cpu1 - cpu0);
                floorCpu = Math.min(floorCpu, processCpuNanos() - cpu1);
            }
            int frames = stats.sampledFrames();
            long floor = bestDecode + bestDetector + bestFer;
            System.out.printf(Locale.ROOT, "decode only:  %.3f s for %d decoded frames = %.0f decoded frames/s, "
                            + "%.0f sampled frames/s%n", bestDecode / 1e9, stats.decodedFrames(),
                    stats.decodedFrames() / (bestDecode / 1e9), frames / (bestDecode / 1e9));
            System.out.printf(Locale.ROOT, "ORT detector: %.3f s = %.2f ms/frame (%s)%n", bestDetector / 1e9,
                    bestDetector / 1e6 / frames, settings.blazeFace().variant().modelId());
            System.out.printf(Locale.ROOT, "ORT FER:      %.3f s = %.2f ms/crop = %.0f faces/s classified%n",
                    bestFer / 1e9, bestFer / 1e6 / inputs.crops.size(), inputs.crops.size() / (bestFer / 1e9));
            System.out.printf(Locale.ROOT, "floor (decode + ORT alone): %.3f s%n", floor / 1e9);
            System.out.printf(Locale.ROOT, "stage:        %.3f s = %.1f sampled frames/s end to end, %.2f x floor "
                            + "(pipelined ideal max(decode, ORT) = %.3f s)%n", bestStage / 1e9,
                    frames / (bestStage / 1e9), (double) bestStage / floor,
                    Math.max(bestDecode, bestDetector + bestFer) / 1e9);
            System.out.printf(Locale.ROOT, "CPU time (all threads, less sensitive to other load): stage %.3f s, "
                    + "floor %.3f s, ratio %.2f%n", stageCpu / 1e9, floorCpu / 1e9, (double) stageCpu / floorCpu);
            System.out.println("stage stats of the best run: " + stats);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The detector input of every sampled frame and the FER crops of every detected face, as the stage makes them. */
    private record Inputs(List<float[]> detector, List<float[]> crops) {
    }

    private static Inputs prepareInputs(Path video, FaceAnalysisSettings settings, BlazeFaceFerAnalyzer analyzer)
            throws Exception {
        int size = settings.blazeFace().variant().inputSize();
        LetterboxResizer resizer = new LetterboxResizer(size, size, TensorLayout.NHWC, PixelNormalisation.SIGNED_UNIT, 0);
        FaceCropSampler sampler = new FaceCropSampler(FerEmotionClassifier.INPUT_SIZE);
        List<float[]> detector = new ArrayList<>();
        List<float[]> crops = new ArrayList<>();
        new VideoFrameSampler(settings.samplingFps(), settings.decode()).sample(video, Double.POSITIVE_INFINITY,
                t -> true, f -> {
                    float[] in = new float[resizer.tensorLength()];
                    resizer.resize(f.image(), in);
                    detector.add(in);
                    for (FaceDetection d : analyzer.detector().detect(f.image())) {
                        for (FaceCrop crop : analyzer.cropsOf(d)) {
                            crops.add(grey(sampler.sample(f.image(), crop)));
                        }
                    }
                });
        return new Inputs(detector, crops);
    }

    private static float[] grey(float[] rgb) {
        float[] g = new float[rgb.length / 3];
        for (int i = 0; i < g.length; i++) {
            g[i] = (0.2989f * rgb[3 * i] + 0.587f * rgb[3 * i + 1] + 0.114f * rgb[3 * i + 2] - 0.5f) * 2f;
        }
        return g;
    }

    private static long decodeOnly(Path video, FaceAnalysisSettings settings, List<TimeWindow> windows) throws Exception {
        long t0 = System.nanoTime();
        double end = windows.get(windows.size() - 1).end();
        new VideoFrameSampler(settings.samplingFps(), settings.decode()).sample(video, end, t -> true, f -> {
        });
        return System.nanoTime() - t0;
    }

    private static long runDetector(OrtModelSession model, List<float[]> inputs, FaceAnalysisSettings settings)
            throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        String name = model.session().getInputNames().iterator().next();
        int size = settings.blazeFace().variant().inputSize();
        long t0 = System.nanoTime();
        for (float[] in : inputs) {
            try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(in), new long[] {1, size, size, 3});
                 OrtSession.Result r = model.session().run(Map.of(name, t))) {
                r.get(0);
            }
        }
        return System.nanoTime() - t0;
    }

    /** The crops in batches of the frames they come from, as the stage batches them (about one face per frame). */
    private static long runFer(OrtModelSession model, List<float[]> crops, int batch) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        String name = model.session().getInputNames().iterator().next();
        int px = FerEmotionClassifier.INPUT_SIZE * FerEmotionClassifier.INPUT_SIZE;
        long t0 = System.nanoTime();
        for (int from = 0; from < crops.size(); from += batch) {
            int n = Math.min(batch, crops.size() - from);
            float[] in = new float[n * px];
            for (int i = 0; i < n; i++) {
                System.arraycopy(crops.get(from + i), 0, in, i * px, px);
            }
            try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(in), new long[] {n, 64, 64, 1});
                 OrtSession.Result r = model.session().run(Map.of(name, t))) {
                r.get(0);
            }
        }
        return System.nanoTime() - t0;
    }
}
