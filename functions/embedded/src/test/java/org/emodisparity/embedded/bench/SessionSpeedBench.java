package org.emodisparity.embedded.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bytedeco.javacpp.Loader;
import org.emodisparity.fixtures.SharedMedia;

/**
 * Benchmark of {@code ./emodisparity analyze} on a constructed telehealth session (not a test). It builds, once, from
 * {@code ../shared}: the Pexels video looped and scaled to the chosen size at 30 fps (H.264, the OpenH264 encoder
 * that ships with JavaCV's FFmpeg), the AMI meeting excerpts looped as the audio track, and a WebVTT transcript of
 * XED subtitle lines every 4 s with {@code <v Client>} / {@code <v Therapist>} speaker names. It then runs the packaged
 * application as a user would (a new JVM per run, {@code --client-speaker Client}) and prints wall time, the real-time
 * factor (wall / duration), CPU time, peak RSS (VmHWM) and the ratio to the decode floor: the same video decoded by
 * the FFmpeg command line with one thread and nothing else.
 *
 * <pre>
 * ./mvnw -q package -DskipTests                          # builds functions/embedded/target/quarkus-app
 * ./mvnw -q -pl functions/embedded test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.emodisparity.embedded.bench.SessionSpeedBench [-Dexec.args="720p 10 360p,1080p"]
 * </pre>
 * Arguments: the sizes (comma-separated: 360p, 720p, 1080p; default 720p), the minutes (default 10), and whether to
 * add a 1-minute run of the first size to check that cost is linear in duration ({@code linear}).
 */
public final class SessionSpeedBench {
    private static final int FPS = 30;

    record Size(String name, int width, int height, int kbps) {
        static Size of(String name) {
            return switch (name) {
                case "360p" -> new Size(name, 640, 360, 800);
                case "720p" -> new Size(name, 1280, 720, 2500);
                case "1080p" -> new Size(name, 1920, 1080, 4500);
                default -> throw new IllegalArgumentException("size must be 360p, 720p or 1080p: " + name);
            };
        }
    }

    /** One measured run: wall and CPU seconds, peak resident memory in MiB, exit code. */
    record Run(double wallSeconds, double cpuSeconds, double peakRssMiB, int exitCode) {
    }

    public static void main(String[] args) throws Exception {
        List<Size> sizes = Stream.of((args.length > 0 ? args[0] : "720p").split(",")).map(Size::of).toList();
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        boolean linear = args.length > 2 && args[2].equals("linear");
        Path root = SharedMedia.repoRoot();
        Path jar = root.resolve("functions/embedded/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the application first: ./mvnw -q package -DskipTests");
        }
        Path work = root.resolve("functions/embedded/target/session-bench");
        Files.createDirectories(work);
        String ffmpeg = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        libraryPath = ffmpegLibraries(Path.of(ffmpeg).getParent(), work);
        System.out.printf(Locale.ROOT, "machine: %d CPUs, load average %s", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")));

        Path audio = speech(ffmpeg, work);
        Path transcript = transcript(work, minutes * 60);
        for (Size size : sizes) {
            measure(ffmpeg, jar, work, size, minutes, audio, transcript);
        }
        if (linear) {
            Size size = sizes.get(0);
            Run shortRun = measure(ffmpeg, jar, work, size, 1, audio, transcript(work, 60));
            Run longRun = measure(ffmpeg, jar, work, size, minutes, audio, transcript);
            System.out.printf(Locale.ROOT, "linearity %s: %d min / 1 min = %.2f x wall, %.2f x CPU%n", size.name(),
                    minutes, longRun.wallSeconds() / shortRun.wallSeconds(),
                    longRun.cpuSeconds() / shortRun.cpuSeconds());
        }
    }

    private static Run measure(String ffmpeg, Path jar, Path work, Size size, int minutes, Path audio,
                               Path transcript) throws Exception {
        Path video = session(ffmpeg, work, size, minutes, audio);
        double seconds = minutes * 60.0;
        Run floor = run(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-threads", "1", "-i",
                video.toString(), "-map", "0:v:0", "-f", "null", "-"), work);
        Path out = Files.createTempDirectory(work, "report");
        Path bucket = Files.createTempDirectory(work, "bucket");
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Run analyse = run(List.of(javaBin.toString(), "-XX:ErrorFile=" + work.resolve("hs_err_pid%p.log"), "-jar",
                jar.toString(), "analyze", video.toString(), "--transcript", transcript.toString(),
                "--client-speaker", "Client", "--out", out.toString(), "--bucket", bucket.toString()), work);
        if (analyse.exitCode() != 0) {
            throw new IllegalStateException("analyze exited with " + analyse.exitCode() + "; see " + work
                    + "/last-run.log");
        }
        System.out.printf(Locale.ROOT, "%s %dx%d %d fps, %d min: wall %.1f s = %.3f x duration, CPU %.1f s, "
                        + "peak RSS %.0f MiB; decode floor (1 thread) %.1f s, wall / floor %.2f%n", size.name(),
                size.width(), size.height(), FPS, minutes, analyse.wallSeconds(), analyse.wallSeconds() / seconds,
                analyse.cpuSeconds(), analyse.peakRssMiB(), floor.wallSeconds(),
                analyse.wallSeconds() / floor.wallSeconds());
        return analyse;
    }

    /** The AMI excerpts of {@code ../shared} as one 16 kHz mono track (about 6 minutes; looped when muxed). */
    private static Path speech(String ffmpeg, Path work) throws Exception {
        Path out = work.resolve("speech.wav");
        if (!Files.exists(out)) {
            Path list = work.resolve("speech.txt");
            try (Stream<Path> wavs = Files.list(SharedMedia.sharedDir().resolve("media/speech/ami"))) {
                Files.write(list, wavs.filter(p -> p.toString().endsWith(".wav")).sorted()
                        .map(p -> "file '" + p.toAbsolutePath() + "'").toList());
            }
            check(run(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i",
                    list.toString(), "-ar", "16000", "-ac", "1", out.toString()), work));
        }
        return out;
    }

    /** The session video: the Pexels clip scaled to the size at 30 fps, looped to the duration, with the speech. */
    private static Path session(String ffmpeg, Path work, Size size, int minutes, Path audio) throws Exception {
        Path out = work.resolve("session-" + size.name() + "-" + minutes + "min.mp4");
        if (Files.exists(out)) {
            return out;
        }
        Path unit = work.resolve("unit-" + size.name() + ".mp4");
        if (!Files.exists(unit)) {
            check(run(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-i",
                    SharedMedia.pexelsWomanVideo().toString(), "-an", "-vf",
                    "scale=" + size.width() + ":" + size.height() + ":flags=bicubic,fps=" + FPS, "-c:v", "libopenh264",
                    "-b:v", size.kbps() + "k", "-g", String.valueOf(2 * FPS), unit.toString()), work));
        }
        check(run(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-stream_loop", "-1", "-i",
                unit.toString(), "-stream_loop", "-1", "-i", audio.toString(), "-map", "0:v", "-map", "1:a", "-t",
                String.valueOf(minutes * 60), "-c:v", "copy", "-c:a", "aac", "-b:a", "64k", out.toString()), work));
        return out;
    }

    /** A cue every 4 s from the XED subtitle lines, two cues the client's, then two the therapist's. */
    private static Path transcript(Path work, int seconds) throws IOException {
        Path out = work.resolve("transcript-" + seconds + "s.vtt");
        List<String> lines;
        try (Stream<String> rows = Files.lines(SharedMedia.file("data/xed/en-annotated.tsv"), StandardCharsets.UTF_8)) {
            lines = rows.map(r -> r.split("\t", 2)[0].replace("<", "").replace(">", "").strip())
                    .filter(l -> l.length() > 25).limit(2000).toList();
        }
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        int i = 0;
        for (double t = 0.5; t + 3.5 < seconds; t += 4, i++) {
            vtt.append(time(t)).append(" --> ").append(time(t + 3.5)).append('\n')
                    .append("<v ").append(i / 2 % 2 == 0 ? "Client" : "Therapist").append('>')
                    .append(lines.get(i % lines.size())).append("\n\n");
        }
        Files.writeString(out, vtt, StandardCharsets.UTF_8);
        return out;
    }

    private static String time(double s) {
        int ms = (int) Math.round(s * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }

    /** LD_LIBRARY_PATH for the FFmpeg command line. */
    private static String libraryPath = "";

    /**
     * The FFmpeg program JavaCV unpacks links against libva.so.2 and libva-drm.so.2, but the jar ships them without
     * the version suffix: link them under the names it asks for, beside the unpacked libraries.
     */
    private static String ffmpegLibraries(Path unpacked, Path work) throws IOException {
        Path links = Files.createDirectories(work.resolve("ffmpeg-libs"));
        for (String lib : List.of("libva", "libva-drm")) {
            Path target = unpacked.resolve(lib + ".so");
            Path link = links.resolve(lib + ".so.2");
            if (Files.exists(target) && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, target);
            }
        }
        return unpacked + ":" + links;
    }

    private static void check(Run run) {
        if (run.exitCode() != 0) {
            throw new IllegalStateException("ffmpeg failed (" + run.exitCode() + ")");
        }
    }

    /**
     * Runs a command, its output into {@code last-run.log}, and samples its peak RSS (VmHWM) and CPU time
     * (utime + stime) from /proc until it exits.
     */
    private static Run run(List<String> command, Path work) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(work.resolve("last-run.log").toFile());
        if (command.get(0).endsWith("ffmpeg")) {
            pb.environment().put("LD_LIBRARY_PATH", libraryPath);
        }
        long start = System.nanoTime();
        Process p = pb.start();
        Path proc = Path.of("/proc", Long.toString(p.pid()));
        long peakKb = 0;
        double cpu = 0;
        while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
            try {
                for (String line : Files.readAllLines(proc.resolve("status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
                String[] stat = Files.readString(proc.resolve("stat")).replaceFirst(".*\\) ", "").split(" ");
                cpu = (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / 100.0; // clock ticks, USER_HZ 100
            } catch (IOException | RuntimeException gone) {
                // exited between waitFor and the read
            }
        }
        return new Run((System.nanoTime() - start) / 1e9, cpu, peakKb / 1024.0, p.exitValue());
    }
}
