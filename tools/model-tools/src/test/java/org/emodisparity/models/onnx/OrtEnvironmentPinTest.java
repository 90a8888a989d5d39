package org.emodisparity.models.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX Runtime's Java binding releases its native environment in a JVM shutdown hook that runs beside every other
 * hook: on Ctrl-C it could tear the environment down under a running session (SIGSEGV). The environment of
 * {@link OrtModelSession} holds one more native reference, so that release leaves it alive. Here the binding's own
 * release is made while a session is open: the session still runs and a new one can still be made.
 */
class OrtEnvironmentPinTest {
    @TempDir
    Path dir;

    /** x → x + 1 on a float vector of 3. */
    private Path plusOne() throws Exception {
        OnnxGraphBuilder g = new OnnxGraphBuilder("plus-one");
        g.input("x", OnnxDataType.FLOAT, 3);
        g.initializer(OnnxTensor.floats("one", new float[] {1, 1, 1}, 3));
        g.node("Add", List.of("x", "one"), "y");
        g.output("y", OnnxDataType.FLOAT, 3);
        return Files.write(dir.resolve("plus-one.onnx"), g.toModelBytes("test", "1", Map.of()));
    }

    private static float[] run(OrtModelSession model, float... x) throws Exception {
        OrtEnvironment env = OrtModelSession.environment();
        try (ai.onnxruntime.OnnxTensor in = ai.onnxruntime.OnnxTensor.createTensor(env, FloatBuffer.wrap(x),
                new long[] {x.length});
                OrtSession.Result out = model.session().run(Map.of("x", in))) {
            return ((float[]) out.get(0).getValue()).clone();
        }
    }

    @Test
    void theBindingsShutdownReleaseLeavesTheEnvironmentAliveUnderAnOpenSession() throws Exception {
        Path onnx = plusOne();
        try (OrtModelSession model = OrtModelSession.open(onnx, OrtSessionSettings.defaults())) {
            assertSame(OrtEnvironment.getEnvironment(), OrtModelSession.environment(),
                    "one environment in the process");
            assertTrue(OrtModelSession.pinned(), "the environment holds the pin's reference");
            Field handle = OrtEnvironment.class.getDeclaredField("nativeHandle");
            handle.setAccessible(true);
            long env = handle.getLong(OrtModelSession.environment());
            assertEquals(env, OrtModelSession.pinHandle(), "the pin references the process's one environment");
            assertArrayEquals(new float[] {2, 3, 4}, run(model, 1, 2, 3));

            // what the binding's shutdown hook (OrtEnvironment$OrtEnvCloser) does on Ctrl-C
            Field api = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("ortApiHandle");
            api.setAccessible(true);
            Method release = OrtEnvironment.class.getDeclaredMethod("close", long.class, long.class);
            release.setAccessible(true);
            release.invoke(null, api.getLong(null), env);

            // without the pin the environment is gone now and the next inference crashes the JVM
            for (int i = 0; i < 50; i++) {
                assertArrayEquals(new float[] {1, 1 + i, 0}, run(model, 0, i, -1));
            }
            try (OrtModelSession again = OrtModelSession.open(onnx, OrtSessionSettings.defaults())) {
                assertArrayEquals(new float[] {11, 12, 13}, run(again, 10, 11, 12));
            }
        }
    }
}
