package org.emodisparity.model.logging;

import io.quarkus.logging.LoggingFilter;
import java.text.MessageFormat;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The log filter every application enables with {@code quarkus.log.console.filter=phi-redaction} (and
 * {@code quarkus.log.file.filter} where it logs to a file): it rewrites each record's formatted message and
 * exception messages with {@link PhiRedaction} before any handler formats it. The one record it drops is a stage
 * stopped by the process shutting down ({@code Shutdown.StageInterruptedException}, which a messaging library logs as
 * an error with its stack trace on Ctrl-C): that is no error, the stage's status says INTERRUPTED and an INFO line
 * says it went back to PENDING.
 */
@LoggingFilter(name = "phi-redaction")
public final class PhiRedactionFilter implements Filter {
    /** Causes deeper than this are cut off rather than copied (a cycle or a pathological chain). */
    private static final int MAX_CAUSES = 8;

    @Override
    public boolean isLoggable(LogRecord record) {
        if (interruptedByShutdown(record.getThrown())) {
            return false;
        }
        String formatted = formatted(record);
        String redacted = PhiRedaction.redact(formatted);
        if (redacted != null && !redacted.equals(formatted)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(redacted);
            }
            record.setParameters(null);
        }
        if (record.getThrown() != null) {
            record.setThrown(redacted(record.getThrown(), 0));
        }
        return true;
    }

    static boolean interruptedByShutdown(Throwable t) {
        for (int depth = 0; t != null && depth <= MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof org.emodisparity.model.Shutdown.StageInterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static String formatted(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            return ext.getFormattedMessage();
        }
        String message = record.getMessage();
        Object[] params = record.getParameters();
        if (message == null || params == null || params.length == 0) {
            return message;
        }
        try {
            return MessageFormat.format(message, params);
        } catch (IllegalArgumentException e) {
            return message;
        }
    }

    /**
     * The throwable itself when its messages are harmless, else a copy whose messages are redacted, with the same
     * stack traces (a throwable's message cannot be changed in place).
     */
    static Throwable redacted(Throwable t, int depth) {
        if (t == null || depth > MAX_CAUSES) {
            return null;
        }
        Throwable cause = redacted(t.getCause(), depth + 1);
        String message = t.getMessage();
        String clean = PhiRedaction.redact(message);
        boolean same = java.util.Objects.equals(message, clean) && cause == t.getCause();
        if (same) {
            return t;
        }
        RedactedThrowable copy = new RedactedThrowable(t.getClass().getName() + ": " + clean, cause);
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message held protected text; its message starts with the original class. */
    static final class RedactedThrowable extends RuntimeException {
        RedactedThrowable(String message, Throwable cause) {
            super(message, cause, false, true);
        }
    }
}
