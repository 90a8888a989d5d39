package org.emodisparity.face.analysis;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.lang.System.Logger.Level;
import java.nio.file.Path;

/** An ONNX Runtime session opened with {@link OrtSettings}, remembering which execution provider it got. */
public final class OrtModelSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OrtModelSession.class.getName());

    private final OrtSession session;
    private final String provider;

    private OrtModelSession(OrtSession session, String provider) {
        this.session = session;
        this.provider = provider;
    }

    public static OrtModelSession open(Path model, OrtSettings settings) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        if (settings.useCuda()) {
            try (OrtSession.SessionOptions options = options(settings)) {
                options.addCUDA(settings.cudaDevice());
                return new OrtModelSession(env.createSession(model.toString(), options), "CUDA:" + settings.cudaDevice());
            } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
                LOG.log(Level.INFO, "CUDA execution provider unavailable for " + model.getFileName()
                        + " (" + e.getMessage() + "); using CPU");
            }
        }
        try (OrtSession.SessionOptions options = options(settings)) {
            return new OrtModelSession(env.createSession(model.toString(), options), "CPU");
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load ONNX model " + model + ": " + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions options(OrtSettings settings) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(settings.intraOpThreads());
        options.setInterOpNumThreads(1);
        // Spinning worker threads busy-wait between operators and starve the decoder thread on small machines.
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        options.setOptimizationLevel(settings.optimisation());
        // Converted models carry unused initializers; ORT's warnings about them are noise.
        options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        return options;
    }

    public OrtSession session() {
        return session;
    }

    /** "CPU" or "CUDA:{device}". */
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
