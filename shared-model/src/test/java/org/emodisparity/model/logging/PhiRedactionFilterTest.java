package org.emodisparity.model.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class PhiRedactionFilterTest {
    static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkci1hIiwiY2xpbmljIjoiYSJ9.c2lnbmF0dXJlLWJ5dGVz";

    @Test
    void userFileNamesInUploadKeysAreRedactedButTheSessionStaysVisible() {
        assertEquals("announced uploads/clinic-7/s-1/[redacted] to the segmenter",
                PhiRedaction.redact("announced uploads/clinic-7/s-1/Jane Doe intake.mp4 to the segmenter"));
        assertEquals("cannot read 'uploads/c/s/[redacted]': gone",
                PhiRedaction.redact("cannot read 'uploads/c/s/Jane Doe, second visit': gone"));
        assertEquals("/data/bucket/uploads/c/s/[redacted]",
                PhiRedaction.redact("/data/bucket/uploads/c/s/JaneDoe"));
        assertEquals("/tmp/object-123-[redacted] is truncated",
                PhiRedaction.redact("/tmp/object-123-Jane_Doe.mp4 is truncated"));
        assertEquals("session c/s: segmenter SUCCEEDED", PhiRedaction.redact("session c/s: segmenter SUCCEEDED"));
    }

    @Test
    void tokensAndAuthorizationValuesAreRedacted() {
        String out = PhiRedaction.redact("header Authorization: Bearer " + JWT + " and token=" + JWT);
        assertFalse(out.contains("eyJ"), out);
        assertEquals("header Authorization: Bearer [redacted-jwt] and token=[redacted-jwt]", out);
        assertEquals("Authorization=[redacted]", PhiRedaction.redact("Authorization=Basic"));
        assertEquals("bearer [redacted]", PhiRedaction.redact("bearer opaque.token-value"));
    }

    @Test
    void aStageStoppedByShutdownIsNoErrorAndItsStackTraceIsNotLogged() {
        PhiRedactionFilter filter = new PhiRedactionFilter();
        LogRecord direct = new LogRecord(Level.SEVERE, "SRMSG00200: The method FaceChannels#onFaceWork has thrown");
        direct.setThrown(new org.emodisparity.model.Shutdown.StageInterruptedException("face of c/s interrupted"));
        assertFalse(filter.isLoggable(direct));
        LogRecord wrapped = new LogRecord(Level.SEVERE, "failed");
        wrapped.setThrown(new java.util.concurrent.CompletionException(
                new org.emodisparity.model.Shutdown.StageInterruptedException("speech of c/s interrupted")));
        assertFalse(filter.isLoggable(wrapped));
        LogRecord other = new LogRecord(Level.SEVERE, "failed");
        other.setThrown(new IllegalStateException("a real failure"));
        assertTrue(filter.isLoggable(other), "any other error is logged");
    }

    @Test
    void theFilterRewritesFormattedMessagesAndExceptionsAndDropsNothing() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "upload %s failed for %s", ExtLogRecord.FormatStyle.PRINTF,
                PhiRedactionFilterTest.class.getName());
        record.setParameters(new Object[] {"uploads/c/s/Jane Doe.mp4", "Bearer " + JWT});
        IOException cause = new IOException("no such file uploads/c/s/Jane Doe.mp4");
        record.setThrown(new IllegalStateException("wrapped", cause));

        assertTrue(new PhiRedactionFilter().isLoggable(record));
        assertEquals("upload uploads/c/s/[redacted] failed for Bearer [redacted-jwt]", record.getFormattedMessage());
        Throwable thrown = record.getThrown();
        assertEquals("java.lang.IllegalStateException: wrapped", thrown.getMessage());
        assertEquals("java.io.IOException: no such file uploads/c/s/[redacted]", thrown.getCause().getMessage());
        assertEquals(cause.getStackTrace().length, thrown.getCause().getStackTrace().length);
    }

    @Test
    void harmlessRecordsAreLeftAsTheyAre() {
        LogRecord record = new LogRecord(Level.INFO, "session {0}: report written");
        record.setParameters(new Object[] {"c/s"});
        RuntimeException e = new RuntimeException("plan missing");
        record.setThrown(e);
        assertTrue(new PhiRedactionFilter().isLoggable(record));
        assertEquals("session {0}: report written", record.getMessage());
        assertSame(e, record.getThrown());
    }
}
