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
        OrtEnvironment env = OrtEnvironment.getEnvironment();
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
