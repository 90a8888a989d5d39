package org.emodisparity.models;

import java.nio.file.Path;

/** The outcome of checking one file of a model: its state, the expected (pinned) and actual SHA-256. */
public record FileCheck(ModelFile file, Path path, ModelState state, String expectedSha256, String actualSha256) {
}
