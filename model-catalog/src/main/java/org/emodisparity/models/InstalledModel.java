package org.emodisparity.models;

import java.nio.file.Path;

/** A model whose files were all present and verified against their pinned SHA-256 when it was looked up. */
public record InstalledModel(ModelEntry entry, Path directory) {

    public String id() {
        return entry.id();
    }

    /** The path of one of the model's catalog files; a name the catalog does not list is an error. */
    public Path file(String name) {
        return directory.resolve(entry.file(name).name());
    }
}
