package org.emodisparity.models;

/**
 * One installed file of a model. {@code from} is where install reads it: a path inside the npm tarball or the jar,
 * or the download URL; absent for user-supplied and derived files. {@code sha256} is null where no published value
 * could be pinned ("unpinned": install needs {@code --pin}). A derived file is produced at install time from
 * {@code derivedFrom} by a deterministic {@code derivation}, so its hash is pinned like any other.
 */
public record ModelFile(String name, String from, String sha256, Long size, String derivedFrom, Derivation derivation) {

    public ModelFile {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("file name must be a plain file name: " + name);
        }
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("file " + name + ": sha256 must be 64 lower-case hex digits");
        }
        if ((derivedFrom == null) != (derivation == null)) {
            throw new IllegalArgumentException("file " + name + ": derivedFrom and derivation go together");
        }
    }

    public boolean pinnedInCatalog() {
        return sha256 != null;
    }

    public boolean derived() {
        return derivation != null;
    }
}
