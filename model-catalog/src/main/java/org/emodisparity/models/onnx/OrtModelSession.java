package org.emodisparity.models.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.lang.System.Logger.Level;
import java.nio.file.Path;

/**
 * An ONNX Runtime session opened with {@link OrtSessionSettings}, remembering which execution provider it got.
 *
 * <p>CUDA is tried only when {@link OrtSessionSettings#useCuda()}; when it cannot be had (the CPU {@code onnxruntime}
 * artifact has no CUDA provider; {@code onnxruntime_gpu} on a machine without a usable device fails to create the
 * session) the model opens on CPU with the same settings and one INFO log line says why, so one build and one
 * configuration run on the GPU node and everywhere else.
 */
public final class OrtModelSession implements AutoCloseable {
    /** {@link #provider()} of a session on CPU. */
    public static final String CPU = "CPU";
    private static final System.Logger LOG = System.getLogger(OrtModelSession.class.getName());
    /**
     * The process's ONNX Runtime environment, pinned for the life of the process. ONNX Runtime's Java binding
     * releases its native environment in a JVM shutdown hook of its own, which runs at the same time as every
     * other hook, so on Ctrl-C it could tear the environment (its logging manager and thread pools) down under a
     * session that is still running or being created, and the JVM dies with SIGSEGV. The native environment is
     * reference-counted: the pin holds one more reference ({@link #pin()}), so that release only drops the count
     * and the environment lives until the process has exited, after the stages stopped ({@code Shutdown}).
     */
    private static volatile long PIN_HANDLE; // set by pin(), before ENVIRONMENT
    private static final OrtEnvironment ENVIRONMENT = pin();

    private final OrtSession session;
    private final String provider;

    private OrtModelSession(OrtSession session, String provider) {
        this.session = session;
        this.provider = provider;
    }

    /**
     * Opens {@code model}: on CUDA device {@link OrtSessionSettings#cudaDevice()} if asked for and available, else on
     * CPU.
     *
     * @throws IllegalStateException if the model cannot be opened on CPU either (missing file, not an ONNX model)
     */
    public static OrtModelSession open(Path model, OrtSessionSettings settings) {
        org.emodisparity.model.Shutdown.checkNotUnderway("an ONNX Runtime session");
        OrtEnvironment env = ENVIRONMENT;
        if (settings.useCuda()) {
            try (OrtSession.SessionOptions options = settings.newSessionOptions()) {
                options.addCUDA(settings.cudaDevice());
                return new OrtModelSession(env.createSession(model.toString(), options),
                        "CUDA:" + settings.cudaDevice());
            } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
                LOG.log(Level.INFO, "CUDA execution provider unavailable for " + model.getFileName() + " ("
                        + e.getMessage() + "); using CPU");
            }
        }
        try (OrtSession.SessionOptions options = settings.newSessionOptions()) {
            return new OrtModelSession(env.createSession(model.toString(), options), CPU);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load ONNX model " + model + ": " + e.getMessage(), e);
        }
    }

    /** The process's ONNX Runtime environment (the one every session of this class is created in), pinned. */
    public static OrtEnvironment environment() {
        return ENVIRONMENT;
    }

    /** Whether the native environment holds the pin's extra reference (false where the binding did not allow it). */
    public static boolean pinned() {
        return PIN_HANDLE != 0;
    }

    /**
     * Creates the environment and takes one more native reference to it, through the binding's own
     * {@code createHandle} (the C API's CreateEnv returns the process's one environment and counts the reference).
     * That reference is never released.
     */
    /** The pin's native handle (0 when not pinned); for tests. */
    static long pinHandle() {
        return PIN_HANDLE;
    }

    private static OrtEnvironment pin() {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try {
            java.lang.reflect.Field api = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("ortApiHandle");
            api.setAccessible(true);
            java.lang.reflect.Method create = OrtEnvironment.class.getDeclaredMethod("createHandle", long.class,
                    int.class, String.class);
            create.setAccessible(true);
            PIN_HANDLE = (long) create.invoke(null, api.getLong(null),
                    ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING.getValue(), "emodisparity-pin");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot pin the ONNX Runtime environment (" + e + "); a Ctrl-C during inference "
                    + "may crash the JVM");
        }
        return env;
    }

    public OrtSession session() {
        return session;
    }

    /** {@value #CPU} or "CUDA:{device}". */
    public String provider() {
        return provider;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close ONNX session", e);
        }
    }
}
