package org.emodisparity.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.ContentHash;
import org.emodisparity.model.Contract;
import org.emodisparity.model.Stage;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a real {@code analyze} process (the packaged application, {@code java -jar quarkus-run.jar}, run by
 * failsafe after {@code package}) on the real 19.7 s Pexels video with a transcript: SIGINT once while the face
 * stage loads its models and once in the middle of its frames. Each time the process exits promptly with 130, leaves
 * no JVM crash log in its working directory, no stage FAILED or left RUNNING (the interrupted ones PENDING with
 * INTERRUPTED), no report, and the upload byte for byte as it was; the same command run again then completes the
 * report, with the face analysed.
 */
class AnalyzeInterruptionIT {
    static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");
    /** From SIGINT to the exit of the process. */
    static final Duration PROMPT = Duration.ofSeconds(20);
    static final Duration COMPLETE = Duration.ofSeconds(100);

    @TempDir
    Path dir;

    record Ended(int exitCode, double secondsAfterSignal, String output) {
    }

    @Test
    void ctrlCWhileModelsLoadAndInTheMiddleOfTheFaceStageLeavesPendingStagesAndTheSameCommandCompletes()
            throws Exception {
        RequiredModels.assumeOrFail("blazeface-back-256");
        RequiredModels.assumeOrFail("fer-mini-xception");
        RequiredModels.assumeOrFail("silero-vad");
        assertTrue(Files.isRegularFile(APP), "the packaged application (mvn package) at " + APP.toAbsolutePath());
        Path video = SharedMedia.pexelsWomanVideo();
        String videoSha = ContentHash.sha256(video);
        Path transcript = Files.writeString(dir.resolve("session.vtt"), """
                WEBVTT

                00:00:00.500 --> 00:00:06.000
                I have been feeling so low since the move.

                00:00:11.000 --> 00:00:18.000
                But today something made me laugh.
                """, StandardCharsets.UTF_8);
        Path bucket = Files.createDirectories(dir.resolve("bucket"));
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        List<String> command = new java.util.ArrayList<>(sigintAsDefault());
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                APP.toAbsolutePath().toString(), "analyze", video.toString(), "--transcript", transcript.toString(),
                "--bucket", bucket.toString(), "--out", dir.resolve("report").toString()));
        long t0 = System.nanoTime();

        // (a) early: the face stage has just begun and loads its models (its first progress report comes after them)
        Ended early = runAndInterrupt(command, cwd, "early", () -> status(bucket, Stage.FACE).isPresent());
        assertInterruptedCleanly(early, bucket, cwd, videoSha, video);

        // (b) the same command again, interrupted in the middle of the face stage's frames
        Ended middle = runAndInterrupt(command, cwd, "middle", () -> status(bucket, Stage.FACE)
                .filter(s -> s.path("state").asText().equals("RUNNING") && s.path("progress").asDouble() >= 0.2
                        && s.path("progress").asDouble() <= 0.8)
                .isPresent());
        assertInterruptedCleanly(middle, bucket, cwd, videoSha, video);
        JsonNode face = status(bucket, Stage.FACE).orElseThrow();
        assertEquals("PENDING", face.path("state").asText(), face.toString());
        assertEquals("INTERRUPTED", face.path("reason").asText(), face.toString());
        assertFalse(Files.exists(sessionDir(bucket, "work").resolve("parts/face.json")),
                "no face part from an interrupted run");

        // the same command once more: the unfinished stages resume and the report is complete
        Process resumed = start(command, cwd, "resumed");
        if (!resumed.waitFor(COMPLETE.toSeconds(), TimeUnit.SECONDS)) {
            resumed.destroyForcibly();
            fail("the resumed run did not finish within " + COMPLETE + ": " + output(cwd, "resumed"));
        }
        assertEquals(0, resumed.exitValue(), output(cwd, "resumed"));
        JsonNode report = Contract.json().readTree(dir.resolve("report/report.json").toFile());
        JsonNode faceSummary = modality(report, "FACE");
        assertEquals("AVAILABLE", faceSummary.path("availability").asText(), faceSummary.toString());
        assertTrue(faceSummary.path("windowsWithEstimates").asInt() > 0, faceSummary.toString());
        JsonNode faceDone = status(bucket, Stage.FACE).orElseThrow();
        assertEquals("SUCCEEDED", faceDone.path("state").asText());
        assertTrue(faceDone.path("attempt").asInt() >= 2, "the face ran again after its interruption: " + faceDone);
        assertEquals(videoSha, report.path("media").path("sha256").asText(), "the report is the upload's");
        assertEquals(videoSha, ContentHash.sha256(upload(bucket)), "the upload is unchanged");
        assertNoCrashLog(cwd);
        System.out.printf("AnalyzeInterruptionIT: early exit %.1f s after SIGINT, middle %.1f s; total %.0f s%n",
                early.secondsAfterSignal(), middle.secondsAfterSignal(), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * A process started in the background by a shell without job control ignores SIGINT, and so would the child (a
     * JVM leaves an ignored SIGINT ignored): GNU env's {@code --default-signal} gives the child the default again
     * (it execs java, so the pid is the JVM's).
     */
    private static List<String> sigintAsDefault() throws Exception {
        try {
            Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").start();
            if (probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                return List.of("env", "--default-signal=INT");
            }
        } catch (IOException noEnv) {
            // fall through
        }
        String status = Files.readString(Path.of("/proc/self/status"));
        java.util.regex.Matcher ignored = java.util.regex.Pattern.compile("SigIgn:\\s*([0-9a-f]+)").matcher(status);
        assertTrue(!ignored.find() || (Long.parseUnsignedLong(ignored.group(1), 16) & 2) == 0,
                "SIGINT is ignored in this process and no env --default-signal to restore it for the child");
        return List.of();
    }

    private Ended runAndInterrupt(List<String> command, Path cwd, String name, java.util.function.BooleanSupplier when)
            throws Exception {
        Process p = start(command, cwd, name);
        long deadline = System.nanoTime() + COMPLETE.toNanos();
        while (!when.getAsBoolean()) {
            if (!p.isAlive()) {
                fail(name + ": the process ended (" + p.exitValue() + ") before the point of interruption: "
                        + output(cwd, name));
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                fail(name + ": the point of interruption was not reached: " + output(cwd, name));
            }
            Thread.sleep(10);
        }
        long signalled = System.nanoTime();
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -INT");
        if (!p.waitFor(PROMPT.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            fail(name + ": still running " + PROMPT + " after SIGINT: " + output(cwd, name));
        }
        return new Ended(p.exitValue(), (System.nanoTime() - signalled) / 1e9, output(cwd, name));
    }

    private void assertInterruptedCleanly(Ended ended, Path bucket, Path cwd, String videoSha, Path video)
            throws IOException {
        assertEquals(130, ended.exitCode(), ended.output());
        assertTrue(ended.secondsAfterSignal() < PROMPT.toSeconds(), "exit " + ended.secondsAfterSignal() + " s");
        assertNoCrashLog(cwd);
        assertFalse(ended.output().contains("SIGSEGV") || ended.output().contains("fatal error"), ended.output());
        assertFalse(ended.output().contains("\tat "), "no stack trace on Ctrl-C: " + ended.output());
        assertTrue(ended.output().contains("analyze: interrupted; run the same command again to resume"),
                ended.output());
        Map<Stage, JsonNode> statuses = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            status(bucket, stage).ifPresent(s -> statuses.put(stage, s));
        }
        int interrupted = 0;
        for (Map.Entry<Stage, JsonNode> e : statuses.entrySet()) {
            String state = e.getValue().path("state").asText();
            assertNotEquals("FAILED", state, e.getKey() + " recorded FAILED: " + e.getValue());
            assertNotEquals("RUNNING", state, e.getKey() + " left RUNNING: " + e.getValue());
            if (e.getValue().path("reason").asText().equals("INTERRUPTED")) {
                assertEquals("PENDING", state, e.getValue().toString());
                interrupted++;
            }
        }
        assertTrue(interrupted >= 1, "an interrupted stage says so: " + statuses.values());
        assertFalse(Files.exists(sessionDir(bucket, "reports").resolve("report.json")), "no report");
        assertEquals(videoSha, ContentHash.sha256(upload(bucket)), "the upload is byte-identical");
        assertEquals(videoSha, ContentHash.sha256(video), "the original is untouched");
    }

    private static void assertNoCrashLog(Path cwd) throws IOException {
        try (Stream<Path> files = Files.list(cwd)) {
            List<Path> crashes = files.filter(f -> f.getFileName().toString().startsWith("hs_err_pid")).toList();
            assertTrue(crashes.isEmpty(), "JVM crash log in the working directory: " + crashes);
        }
    }

    /** The children's output, kept after the test: target/AnalyzeInterruptionIT/{early,middle,resumed}.log. */
    static final Path LOGS = Path.of("target/AnalyzeInterruptionIT");

    private Process start(List<String> command, Path cwd, String name) throws IOException {
        Files.createDirectories(LOGS);
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(LOGS.resolve(name + ".log").toFile());
        return pb.start();
    }

    private String output(Path cwd, String name) {
        try {
            String all = Files.readString(LOGS.resolve(name + ".log"));
            return all.length() > 4000 ? "…" + all.substring(all.length() - 4000) : all;
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** The one session's folder under an area of the bucket (every run here is the same session). */
    private static Path sessionDir(Path bucket, String area) throws IOException {
        Path clinic = bucket.resolve(area).resolve(EmbeddedPipeline.LOCAL_CLINIC);
        if (!Files.isDirectory(clinic)) {
            return clinic.resolve("none");
        }
        try (Stream<Path> sessions = Files.list(clinic)) {
            List<Path> all = sessions.filter(Files::isDirectory).toList();
            assertTrue(all.size() <= 1, "one session: " + all);
            return all.isEmpty() ? clinic.resolve("none") : all.get(0);
        }
    }

    private static Path upload(Path bucket) throws IOException {
        return sessionDir(bucket, "uploads").resolve("video.mp4");
    }

    private static Optional<JsonNode> status(Path bucket, Stage stage) {
        try {
            Path file = sessionDir(bucket, "status").resolve(stage.id() + ".json");
            return Files.isRegularFile(file) ? Optional.of(Contract.json().readTree(file.toFile())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a folder or file appearing while it is read: look again
        }
    }

    private static JsonNode modality(JsonNode report, String stage) {
        for (JsonNode m : report.path("modalities")) {
            if (m.path("stage").asText().equals(stage)) {
                return m;
            }
        }
        throw new AssertionError("no " + stage + " in " + report.path("modalities"));
    }
}
