package org.emodisparity.models;

import java.nio.file.Path;

/**
 * A model file whose SHA-256 does not match the pinned value (or has none to check against): the product refuses to
 * load it.
 */
public class ModelIntegrityException extends RuntimeException {
    private final String modelId;
    private final Path file;
    private final String expectedSha256;
    private final String actualSha256;

    public ModelIntegrityException(String modelId, Path file, String expectedSha256, String actualSha256) {
        super(expectedSha256 == null
                ? "model " + modelId + ": " + file + " has no pinned sha256 (actual " + actualSha256
                        + "); refusing to load it; run: models install --pin"
                : "model " + modelId + ": " + file + " has sha256 " + actualSha256 + " but " + expectedSha256
                        + " is expected; refusing to load it; reinstall: models install");
        this.modelId = modelId;
        this.file = file;
        this.expectedSha256 = expectedSha256;
        this.actualSha256 = actualSha256;
    }

    public String modelId() {
        return modelId;
    }

    public Path file() {
        return file;
    }

    /** Null when the file is unpinned. */
    public String expectedSha256() {
        return expectedSha256;
    }

    public String actualSha256() {
        return actualSha256;
    }
}
