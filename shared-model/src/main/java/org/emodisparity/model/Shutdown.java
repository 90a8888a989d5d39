package org.emodisparity.model;

import java.time.Duration;

/**
 * Whether this process is shutting down (Ctrl-C, SIGTERM, the end of {@code main}). Set by a JVM shutdown hook
 * registered when the class is first used, so every function learns it the same way. A stage that ends while
 * shutdown is under way was interrupted, not failed: it goes back to PENDING with {@code INTERRUPTED} and its
 * attempt count, writes no part, and runs again on the next delivery ({@link ModalityStageRunner}, the
 * segmenter); no model session is created once shutdown began (a native library torn down under a session being
 * created crashes the JVM).
 *
 * <p>Each stage run is registered ({@link #running}) for as long as it works. The hook waits, at most
 * {@link #WAIT_FOR_STAGES}, for the registered runs to end: a stage notices the shutdown at its next progress
 * report ({@link SessionStatusStore.Tracker#progress} throws {@link StageInterruptedException}), puts its status
 * back to PENDING and unregisters, so the JVM does not exit (and tear native libraries down) under a stage that is
 * still writing its status or running a model.
 */
public final class Shutdown {
    /** How long the shutdown hook waits for running stages to put their status back. */
    public static final Duration WAIT_FOR_STAGES = Duration.ofSeconds(12);

    private static final Object LOCK = new Object();
    private static volatile boolean underway;
    private static int running; // guarded by LOCK

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(Shutdown::onShutdown, "emodisparity-shutdown"));
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

    /** The hook: no new work from now on, then a bounded wait for the running stages to put their status back. */
    static void onShutdown() {
        underway = true;
        awaitStages(WAIT_FOR_STAGES);
    }

    /**
     * Waits until no registered stage run is left, at most {@code limit}.
     *
     * @return true when none is left
     */
    static boolean awaitStages(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (LOCK) {
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    LOCK.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return running == 0;
                }
            }
            return true;
        }
    }

    /** How many stage runs are registered now. */
    static int runningStages() {
        synchronized (LOCK) {
            return running;
        }
    }

    /**
     * Registers a stage run until the returned handle is closed; refused (like {@link #checkNotUnderway}) once
     * shutdown began.
     */
    public static Work running(String what) {
        synchronized (LOCK) {
            checkNotUnderway(what);
            running++;
        }
        return new Work();
    }

    /** A registered stage run; closing it (once) tells the shutdown hook it is over. */
    public static final class Work implements AutoCloseable {
        private boolean closed;

        private Work() {
        }

        @Override
        public void close() {
            synchronized (LOCK) {
                if (!closed) {
                    closed = true;
                    running--;
                    LOCK.notifyAll();
                }
            }
        }
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
