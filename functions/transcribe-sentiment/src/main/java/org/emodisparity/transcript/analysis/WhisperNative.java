package org.emodisparity.transcript.analysis;

import io.github.givimad.whisperjni.WhisperJNI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * whisper-jni's native library, loaded once per JVM, and whisper.cpp's log. The log goes to java.util.logging
 * (FINE) and its last lines are kept, because whisper.cpp reports why it rejected a model only there.
 */
final class WhisperNative {
    private static final Logger LOG = Logger.getLogger("whisper.cpp");
    private static final int KEPT_LINES = 40;
    private static final Deque<String> RECENT = new ArrayDeque<>();
    /** whisper.cpp's wording for what went wrong (its log carries no level through whisper-jni). */
    private static final Pattern ERROR_LINE = Pattern.compile(
            "error|invalid|unknown tensor|wrong (size|shape)|failed|not all tensors|bad (magic|vocab|ftype)");

    private static WhisperJNI instance;
    private static String loadFailure;

    /** A native call whose log is captured. */
    @FunctionalInterface
    interface Call<T, E extends Exception> {
        T run() throws E;
    }

    private WhisperNative() {
    }

    /** The loaded library; why it cannot load (platform, missing glibc symbols, ...) is the exception's message. */
    static synchronized WhisperJNI load() throws SpeechRecognitionException {
        if (instance != null) {
            return instance;
        }
        if (loadFailure != null) {
            throw new SpeechRecognitionException(loadFailure);
        }
        try {
            WhisperJNI.loadLibrary(message -> LOG.fine(message));
            WhisperJNI.setLibraryLogger(WhisperNative::record);
            instance = new WhisperJNI();
            return instance;
        } catch (Exception | LinkageError e) {
            loadFailure = "whisper-jni native library cannot load on " + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch") + ": " + e;
            throw new SpeechRecognitionException(loadFailure, e);
        }
    }

    /** Runs a native call with a fresh capture of whisper.cpp's log. */
    static <T, E extends Exception> T capturingLog(Call<T, E> call) throws E {
        synchronized (RECENT) {
            RECENT.clear();
        }
        return call.run();
    }

    /**
     * The first error-looking line whisper.cpp logged during the last captured call: the specific cause ("unknown
     * tensor ...") comes before the generic "failed to load model".
     */
    static Optional<String> lastError() {
        synchronized (RECENT) {
            for (String line : RECENT) {
                if (ERROR_LINE.matcher(line).find() && !line.contains("loading model from")) {
                    return Optional.of(line);
                }
            }
            return Optional.ofNullable(RECENT.peekLast());
        }
    }

    private static void record(String message) {
        String line = message.strip();
        if (line.isEmpty()) {
            return;
        }
        LOG.log(Level.FINE, line);
        synchronized (RECENT) {
            if (RECENT.size() == KEPT_LINES) {
                RECENT.removeFirst();
            }
            RECENT.addLast(line);
        }
    }
}
