package org.emodisparity.distributed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One application ({@code <module>/target/quarkus-app}, e.g. a function) running as its own process. */
final class FunctionProcess implements AutoCloseable {
    final String name;
    private final Path jar;
    private final Path logDir;
    private final Map<String, String> env;
    private Process process;
    private int starts;

    /** One of the five functions, {@code functions/<name>}. */
    static FunctionProcess function(Path repoRoot, String name, Path logDir, Map<String, String> env) {
        return new FunctionProcess(repoRoot.resolve("functions").resolve(name), name, logDir, env);
    }

    FunctionProcess(Path module, String name, Path logDir, Map<String, String> env) {
        this.name = name;
        this.jar = module.resolve("target/quarkus-app/quarkus-run.jar");
        this.logDir = logDir;
        this.env = env;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the functions first (mvn verify builds them)");
        }
    }

    FunctionProcess start() throws IOException {
        starts++;
        List<String> command = new ArrayList<>(List.of(LocalCloud.java(), "-Xmx640m", "-XX:+UseSerialGC"));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(env);
        // each function its own, initially empty, models folder: filled from the models bucket at start
        builder.environment().put("EMODISPARITY_MODELS_DIR", logDir.resolve("models-" + name).toString());
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return this;
    }

    /** Waits for Quarkus' start line in this run's log. */
    void awaitStarted(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            long started = Files.readAllLines(log()).stream().filter(l -> l.contains("started in")).count();
            if (started >= starts) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not start within " + timeout + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no ack, no last status write — a crashed node. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Runs the application once as a command (e.g. {@code token ...}) and returns its standard output. */
    String runCommand(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LocalCloud.java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(logDir.resolve(name + "-command.log").toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(name + " " + String.join(" ", args) + " failed; see " + name + "-command.log");
        }
        return out;
    }

    Path log() {
        return logDir.resolve(name + ".log");
    }

    String tail() throws IOException {
        List<String> lines = Files.exists(log()) ? Files.readAllLines(log()) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
