package org.emodisparity.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No transcript text and no user-supplied file name reaches the logs: the GRID clip is analysed end to end with an
 * uploaded transcript whose sentence and file name are canaries. Every log record of the application (DEBUG and up,
 * messages and exceptions) is captured raw by a handler on the root logger, before any filter, so the test proves
 * the log statements themselves; the console output (through the phi-redaction filter) is checked too.
 */
@QuarkusMainTest
@TestProfile(PhiNeverInLogsTest.EverythingLogged.class)
class PhiNeverInLogsTest {
    static final String CANARY_TEXT = "Quentin Zanzibar confided the marmalade secret";
    static final String CANARY_FILE = "Canarydoe Quentin intake notes.vtt";

    public static class EverythingLogged implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.category.\"org.emodisparity\".level", "DEBUG");
        }
    }

    @TempDir
    Path dir;

    @Test
    void neitherTranscriptTextNorTheUsersFileNameIsLogged(QuarkusMainLauncher launcher) throws Exception {
        RequiredModels.assumeOrFail("bge-small-en-v15-q");
        RawRecords raw = new RawRecords();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(raw);
        Path transcript = Files.writeString(dir.resolve(CANARY_FILE), """
                WEBVTT

                00:00:00.000 --> 00:00:01.500
                %s.

                00:00:01.500 --> 00:00:03.000
                %s again, and I feel so sad.
                """.formatted(CANARY_TEXT, CANARY_TEXT));
        Path out = dir.resolve("out");
        LaunchResult result;
        try {
            result = launcher.launch("analyze", SharedMedia.gridBbaf2n().toString(), "--transcript",
                    transcript.toString(), "--bucket", dir.resolve("bucket").toString(), "--out", out.toString(), "--verbose");
        } finally {
            root.removeHandler(raw);
        }
        assertEquals(0, result.exitCode(), result.getErrorOutput());

        // the transcript really went through the pipeline
        JsonNode report = Contract.json().readTree(Files.readAllBytes(out.resolve("report.json")));
        JsonNode text = report.path("modalities").get(2);
        assertEquals("AVAILABLE", text.path("availability").asText(), text.toString());

        String records = raw.text();
        assertTrue(records.contains("session local/") && records.contains("transcribe-sentiment SUCCEEDED"),
                "the session's log records were captured: " + records);
        for (String log : new String[] {records, result.getOutput(), result.getErrorOutput()}) {
            for (String canary : new String[] {"Zanzibar", "marmalade", "Canarydoe"}) {
                assertFalse(log.contains(canary), canary + " in the log:\n" + log);
            }
        }
    }

    /** Every record as the application logged it: formatted message, then each exception message of the chain. */
    static final class RawRecords extends java.util.logging.Handler {
        private final StringBuffer text = new StringBuffer();

        RawRecords() {
            setLevel(java.util.logging.Level.ALL);
        }

        @Override
        public void publish(java.util.logging.LogRecord record) {
            String message = record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage()
                    : new java.util.logging.SimpleFormatter().formatMessage(record);
            text.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(' ').append(message).append('\n');
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                text.append("  caused by ").append(t).append('\n');
            }
        }

        String text() {
            return text.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
