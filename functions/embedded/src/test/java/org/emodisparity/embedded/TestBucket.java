package org.emodisparity.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded tests' bucket: the configured store root of the test profile (test application.properties). */
final class TestBucket {
    static final Path ROOT = Path.of("target/test-bucket");

    private TestBucket() {
    }

    /**
     * Removes everything in the bucket. Sessions are keyed by content: a bucket left by an earlier build would
     * answer with that build's results.
     */
    static void empty() throws IOException {
        if (Files.exists(ROOT)) {
            try (var paths = Files.walk(ROOT)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
