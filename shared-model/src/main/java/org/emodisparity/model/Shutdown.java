package org.emodisparity.model;

/**
 * Whether this process is shutting down (Ctrl-C, SIGTERM, the end of {@code main}). Set by a JVM shutdown hook
 * registered when the class is first used, so every function learns it the same way. A stage that ends while
 * shutdown is under way was interrupted, not failed: it goes back to PENDING with {@code INTERRUPTED} and its
 * attempt count, writes no part, and runs again on the next delivery ({@link ModalityStageRunner}, the
 * segmenter); no model session is created once shutdown began (a native library torn down under a session being
 * created crashes the JVM).
 */
public final class Shutdown {
    private static volatile boolean underway;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> underway = true, "emodisparity-shutdown-flag"));
        } catch (IllegalStateException alreadyShuttingDown) {
            underway = true;
        }
    }

    private Shutdown() {
    }

    /** Registers the hook (class initialisation); call early in a process. */
    public static void watch() {
        // the static initialiser does the work
    }

    public static boolean underway() {
        return underway;
    }

    /** For tests and for a process that stops its work itself before exiting. */
    public static void begin() {
        underway = true;
    }

    /** For tests only: the process goes on. */
    static void reset() {
        underway = false;
    }

    /** Throws when shutdown began: before expensive or native work (loading a model) that must not start now. */
    public static void checkNotUnderway(String what) {
        if (underway) {
            throw new StageInterruptedException("not starting " + what + ": the process is shutting down");
        }
    }

    /** Work stopped because the process is shutting down. */
    public static final class StageInterruptedException extends RuntimeException {
        public StageInterruptedException(String message) {
            super(message);
        }
    }
}
