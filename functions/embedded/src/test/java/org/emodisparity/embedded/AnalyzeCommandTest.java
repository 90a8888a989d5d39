package org.emodisparity.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emodisparity.fixtures.MediaFixtures;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in one process: {@code analyze} on the real GRID clip through all five functions and their
 * in-process channels, as the README's first command does.
 */
@QuarkusMainTest
class AnalyzeCommandTest {
    @TempDir
    Path out;

    /** Sessions are keyed by content: a bucket left by an earlier build would answer with that build's results. */
    @org.junit.jupiter.api.BeforeAll
    static void freshBucket() throws Exception {
        TestBucket.empty();
    }

    @Test
    void analyzeWritesAReportOfTheGridClip(QuarkusMainLauncher launcher) throws Exception {
        RequiredModels.assumeOrFail("fer-mini-xception");
        RequiredModels.assumeOrFail("silero-vad");
        LaunchResult result = launcher.launch("analyze", SharedMedia.gridBbaf2n().toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains("fusion-llm"), "progress bars per stage: " + result.getErrorOutput());

        JsonNode report = Contract.json().readTree(Files.readAllBytes(out.resolve("report.json")));
        assertEquals(3.0, report.path("media").path("durationSeconds").asDouble(), 1e-9);
        JsonNode windows = report.path("plan").path("windows");
        assertEquals(2, windows.size());
        assertEquals(2.5, windows.get(0).path("end").asDouble());
        // with the default models installed: face and voice are analysed; the words are not, because the GRID
        // clip has no uploaded transcript and the default profile has no speech recogniser (no Whisper weights)
        JsonNode modalities = report.path("modalities");
        assertEquals(3, modalities.size());
        assertEquals("FACE", modalities.get(0).path("stage").asText());
        assertEquals("AVAILABLE", modalities.get(0).path("availability").asText(), modalities.get(0).toString());
        assertEquals(2, modalities.get(0).path("windowsWithEstimates").asInt());
        assertEquals("AVAILABLE", modalities.get(1).path("availability").asText(), modalities.get(1).toString());
        assertEquals("UNAVAILABLE", modalities.get(2).path("availability").asText());
        assertTrue(modalities.get(2).path("message").asText().contains("no transcript and no ASR model"),
                modalities.get(2).toString());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg") && html.contains("</html>"));
        assertTrue(result.getOutput().lines().anyMatch(l -> l.equals(out.resolve("report.html").toAbsolutePath().toString())),
                "stdout names the report: " + result.getOutput());
    }

    @Test
    void analyzeOfABadFileExitsNonZeroWithOneLineReason(QuarkusMainLauncher launcher) throws Exception {
        Path notVideo = MediaFixtures.notMedia(out);
        LaunchResult result = launcher.launch("analyze", notVideo.toString(), "--out", out.resolve("r").toString());
        assertEquals(1, result.exitCode());
        String last = result.getErrorOutput().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("analyze: segmenter failed: NOT_MEDIA"), last);
        assertTrue(Files.exists(notVideo), "the input is untouched");
    }

    @Test
    void analyzeOfAMissingFileSaysSo(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("analyze", out.resolve("nope.mp4").toString());
        assertEquals(InputPaths.UsageError.MISSING, result.exitCode());
        assertTrue(result.getErrorOutput().contains("no such file"), result.getErrorOutput());
    }
}
