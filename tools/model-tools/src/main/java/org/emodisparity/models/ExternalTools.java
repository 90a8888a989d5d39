package org.emodisparity.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The package clients install runs: npm (from {@code EMODISPARITY_NPM}, default {@code npm}) and Maven (from
 * {@code EMODISPARITY_MVN}, default {@code mvn}). Each may be a command with arguments, split on spaces.
 */
public record ExternalTools(List<String> npm, List<String> mvn) {
    public static final String NPM_ENV = "EMODISPARITY_NPM";
    public static final String MVN_ENV = "EMODISPARITY_MVN";
    /** Pinned so the copy goal behaves the same whatever Maven's default plugin version is. */
    static final String DEPENDENCY_COPY = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy";
    private static final long TIMEOUT_MINUTES = 30;

    public ExternalTools {
        npm = List.copyOf(npm);
        mvn = List.copyOf(mvn);
    }

    public static ExternalTools fromEnvironment() {
        return new ExternalTools(command(System.getenv(NPM_ENV), "npm"), command(System.getenv(MVN_ENV), "mvn"));
    }

    private static List<String> command(String configured, String fallback) {
        String c = configured == null || configured.isBlank() ? fallback : configured.trim();
        return Arrays.asList(c.split("\\s+"));
    }

    /** {@code npm pack NAME@VERSION --pack-destination DIR}: downloads the package tarball into {@code dir}. */
    public void npmPack(String packageSpec, Path dir) throws IOException {
        List<String> cmd = new ArrayList<>(npm);
        cmd.addAll(List.of("pack", packageSpec, "--pack-destination", dir.toString()));
        run(cmd, dir);
    }

    /** {@code mvn -q dependency:copy -Dartifact=G:A:V -DoutputDirectory=DIR}: copies the jar into {@code dir}. */
    public void mavenCopy(String coordinates, Path dir) throws IOException {
        List<String> cmd = new ArrayList<>(mvn);
        cmd.addAll(List.of("-q", DEPENDENCY_COPY, "-Dartifact=" + coordinates, "-DoutputDirectory=" + dir));
        run(cmd, dir);
    }

    private static void run(List<String> command, Path workDir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        // Read before waiting so a chatty tool cannot block on a full pipe.
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " timed out");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + output.strip());
        }
    }
}
