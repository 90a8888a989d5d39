package org.emodisparity.models.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared ORT settings: validation, the session options they build, and opening a real model with them. */
class OrtSessionSettingsTest {

    @TempDir
    Path dir;

    /** y = relu(x · w + b) with w = [[1, -1], [2, 0]], b = [0.5, 0.5]: a model small enough to check by hand. */
    private Path tinyModel() throws Exception {
        OnnxGraphBuilder g = new OnnxGraphBuilder("tiny");
        g.input("x", OnnxDataType.FLOAT, -1, 2);
        g.initializer(OnnxTensor.floats("w", new float[] {1, -1, 2, 0}, 2, 2));
        g.initializer(OnnxTensor.floats("b", new float[] {0.5f, 0.5f}, 2));
        g.node("Gemm", List.of("x", "w", "b"), "z");
        g.node("Relu", List.of("z"), "y");
        g.output("y", OnnxDataType.FLOAT, -1, 2);
        Path file = dir.resolve("tiny.onnx");
        g.writeModel(file, "test", "1", Map.of());
        return file;
    }

    private static float[] run(OrtSession session, float... x) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (ai.onnxruntime.OnnxTensor in = ai.onnxruntime.OnnxTensor.createTensor(env, FloatBuffer.wrap(x),
                new long[] {x.length / 2, 2});
                OrtSession.Result result = session.run(Map.of("x", in))) {
            FloatBuffer out = ((ai.onnxruntime.OnnxTensor) result.get("y").orElseThrow()).getFloatBuffer();
            float[] y = new float[out.remaining()];
            out.get(y);
            return y;
        }
    }

    @Test
    void defaultsAreCpuOneThreadNoSpinningAllOptimisations() {
        assertEquals(new OrtSessionSettings(false, 0, 1, false, OptLevel.ALL_OPT), OrtSessionSettings.defaults());
    }

    @Test
    void withersChangeOnlyTheirComponent() {
        OrtSessionSettings d = OrtSessionSettings.defaults();
        assertEquals(new OrtSessionSettings(true, 2, 1, false, OptLevel.ALL_OPT), d.withCuda(true, 2));
        assertEquals(new OrtSessionSettings(false, 0, 3, false, OptLevel.ALL_OPT), d.withIntraOpThreads(3));
        assertEquals(new OrtSessionSettings(false, 0, 1, true, OptLevel.ALL_OPT), d.withAllowSpinning(true));
        assertEquals(new OrtSessionSettings(false, 0, 1, false, OptLevel.BASIC_OPT),
                d.withOptimisation(OptLevel.BASIC_OPT));
    }

    @Test
    void invalidSettingsAreRejected() {
        OrtSessionSettings d = OrtSessionSettings.defaults();
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> d.withIntraOpThreads(0));
        assertTrue(threads.getMessage().contains("0 intra-op threads"), threads.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withCuda(true, -1));
        assertThrows(IllegalArgumentException.class, () -> d.withOptimisation(null));
        assertThrows(IllegalArgumentException.class, () -> new OrtSessionSettings(false, 0, -4, false,
                OptLevel.ALL_OPT));
    }

    @Test
    void sessionOptionsCarryTheSpinningChoice() throws OrtException {
        try (OrtSession.SessionOptions off = OrtSessionSettings.defaults().newSessionOptions();
                OrtSession.SessionOptions on = OrtSessionSettings.defaults().withAllowSpinning(true)
                        .newSessionOptions()) {
            assertEquals(Map.of(OrtSessionSettings.INTRA_OP_SPINNING, "0", OrtSessionSettings.INTER_OP_SPINNING, "0"),
                    off.getConfigEntries());
            assertEquals(Map.of(OrtSessionSettings.INTRA_OP_SPINNING, "1", OrtSessionSettings.INTER_OP_SPINNING, "1"),
                    on.getConfigEntries());
        }
    }

    @Test
    void builtOptionsOpenAndRunARealModel() throws Exception {
        Path model = tinyModel();
        OrtSessionSettings[] variants = {OrtSessionSettings.defaults(),
                OrtSessionSettings.defaults().withIntraOpThreads(2).withAllowSpinning(true),
                OrtSessionSettings.defaults().withOptimisation(OptLevel.NO_OPT)};
        for (OrtSessionSettings settings : variants) {
            try (OrtSession.SessionOptions options = settings.newSessionOptions();
                    OrtSession session = OrtEnvironment.getEnvironment().createSession(model.toString(), options)) {
                // [1, 2]·w + b = [5.5, -0.5] -> relu [5.5, 0]; [-1, 0]·w + b = [-0.5, 1.5] -> [0, 1.5]
                assertArrayEquals(new float[] {5.5f, 0f, 0f, 1.5f}, run(session, 1, 2, -1, 0), 1e-6f);
            }
        }
    }

    @Test
    void modelSessionOpensOnCpuByDefault() throws Exception {
        try (OrtModelSession s = OrtModelSession.open(tinyModel(), OrtSessionSettings.defaults())) {
            assertEquals(OrtModelSession.CPU, s.provider());
            assertArrayEquals(new float[] {5.5f, 0f}, run(s.session(), 1, 2), 1e-6f);
        }
    }

    @Test
    void unavailableCudaFallsBackToCpuWithOneLogLine() throws Exception {
        Path model = tinyModel();
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // System.Logger goes to java.util.logging here (no other LoggerFinder on this module's test class path)
        Logger jul = Logger.getLogger(OrtModelSession.class.getName());
        jul.addHandler(handler);
        // an absurd device id fails even on a CUDA build with a GPU, so this checks the fallback everywhere
        boolean cudaBuild = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
        try (OrtModelSession s = OrtModelSession.open(model, OrtSessionSettings.defaults().withCuda(true, 4096))) {
            assertEquals(OrtModelSession.CPU, s.provider());
            assertArrayEquals(new float[] {0f, 1.5f}, run(s.session(), -1, 0), 1e-6f);
        } finally {
            jul.removeHandler(handler);
        }
        assertEquals(1, records.size(), "one log line (CUDA build: " + cudaBuild + ")");
        String line = records.get(0).getMessage();
        assertTrue(line.contains("tiny.onnx") && line.contains("using CPU"), line);
    }

    @Test
    void cudaOnACudaMachineRecordsTheDevice() throws Exception {
        try (OrtModelSession s = OrtModelSession.open(tinyModel(), OrtSessionSettings.defaults().withCuda(true, 0))) {
            // CPU artifact or no GPU: "CPU"; onnxruntime_gpu (-Pgpu) on a GPU machine: "CUDA:0"
            assertTrue(List.of(OrtModelSession.CPU, "CUDA:0").contains(s.provider()), s.provider());
            if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
                assertEquals(OrtModelSession.CPU, s.provider());
            }
            assertArrayEquals(new float[] {5.5f, 0f}, run(s.session(), 1, 2), 1e-6f);
        }
    }

    @Test
    void aFileThatIsNoModelFailsClearly() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.onnx"), "not a model");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OrtModelSession.open(junk, OrtSessionSettings.defaults().withCuda(true, 0)));
        assertTrue(e.getMessage().contains("junk.onnx"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
