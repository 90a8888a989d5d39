package org.emodisparity.transcript.training;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the training tools find the data and put their output, relative to the repository root (found by walking
 * up from the working directory, or the {@code emodisparity.repo.root} system property that surefire sets).
 */
public final class ProjectPaths {
    private ProjectPaths() {
    }

    public static Path repoRoot() {
        String prop = System.getProperty("emodisparity.repo.root");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop, "model-catalog"))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("model-catalog")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    }

    /** {@code EMODISPARITY_SHARED_DIR/data/goemotions}, else {@code ../shared/data/goemotions} beside the repository. */
    public static Path goEmotionsData() {
        String shared = System.getenv("EMODISPARITY_SHARED_DIR");
        Path sharedDir = shared != null && !shared.isBlank() ? Path.of(shared) : repoRoot().resolveSibling("shared");
        return sharedDir.resolve("data").resolve("goemotions");
    }

    /** The committed head's folder in the model catalog's resources. */
    public static Path committedHead() {
        return repoRoot().resolve("model-catalog/src/main/resources/org/emodisparity/models/repository")
                .resolve(TrainGoEmotionsHead.MODEL_ID);
    }

    /** Cached sentence embeddings (never committed): {@code EMODISPARITY_EMBEDDING_CACHE}, else {@code ~/.cache/emodisparity/text-embeddings}. */
    public static Path embeddingCache() {
        String dir = System.getenv("EMODISPARITY_EMBEDDING_CACHE");
        return dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".cache", "emodisparity", "text-embeddings");
    }
}
