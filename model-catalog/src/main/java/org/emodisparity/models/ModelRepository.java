package org.emodisparity.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Installed models under one models directory ({@code {modelsDir}/{id}/{file}}), verified against the catalog's
 * SHA-256 values (or, for files the catalog leaves unpinned, those in {@code pins.json}).
 */
public final class ModelRepository {
    private final Path modelsDir;
    private final ModelCatalog catalog;

    public ModelRepository(Path modelsDir) {
        this(modelsDir, ModelCatalog.load());
    }

    public ModelRepository(Path modelsDir, ModelCatalog catalog) {
        this.modelsDir = modelsDir.toAbsolutePath().normalize();
        this.catalog = catalog;
    }

    /** The repository at {@link ModelsDirectory#resolve()}. */
    public static ModelRepository atDefaultLocation() {
        return new ModelRepository(ModelsDirectory.resolve());
    }

    public Path modelsDir() {
        return modelsDir;
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    public Path modelDir(String modelId) {
        return modelsDir.resolve(catalog.entry(modelId).id());
    }

    /**
     * The model if all its files are present and verified; empty if any file is missing.
     *
     * @throws ModelIntegrityException if a file's SHA-256 differs from the pinned value or none is pinned
     * @throws IllegalArgumentException for an id the catalog does not know
     */
    public Optional<InstalledModel> find(String modelId) {
        ModelEntry entry = catalog.entry(modelId);
        List<FileCheck> checks = check(entry);
        for (FileCheck c : checks) {
            if (c.state() == ModelState.CORRUPT || c.state() == ModelState.UNPINNED) {
                throw new ModelIntegrityException(entry.id(), c.path(), c.expectedSha256(), c.actualSha256());
            }
        }
        if (checks.stream().anyMatch(c -> c.state() == ModelState.MISSING)) {
            return Optional.empty();
        }
        return Optional.of(new InstalledModel(entry, modelDir(entry.id())));
    }

    /** Like {@link #find} but a missing model is an error that says how to install it. */
    public InstalledModel require(String modelId) {
        return find(modelId).orElseThrow(() -> new IllegalStateException("model " + modelId + " is not installed in "
                + modelsDir + "; run: models install --profile " + catalog.entry(modelId).profile().label()));
    }

    /** Checks every file of a model without throwing. */
    public List<FileCheck> check(ModelEntry entry) {
        LocalPins pins = pins();
        List<FileCheck> out = new ArrayList<>();
        for (ModelFile f : entry.files()) {
            Path path = modelsDir.resolve(entry.id()).resolve(f.name());
            String expected = f.sha256() != null ? f.sha256() : pins.sha256(entry.id(), f.name()).orElse(null);
            if (!Files.isRegularFile(path)) {
                out.add(new FileCheck(f, path, ModelState.MISSING, expected, null));
                continue;
            }
            String actual;
            try {
                actual = FileDigest.sha256(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            ModelState state = expected == null ? ModelState.UNPINNED
                    : expected.equals(actual) ? ModelState.INSTALLED : ModelState.CORRUPT;
            out.add(new FileCheck(f, path, state, expected, actual));
        }
        return out;
    }

    /** Corrupt beats missing beats unpinned beats installed. */
    public ModelState state(ModelEntry entry) {
        List<ModelState> states = check(entry).stream().map(FileCheck::state).toList();
        for (ModelState s : List.of(ModelState.CORRUPT, ModelState.MISSING, ModelState.UNPINNED)) {
            if (states.contains(s)) {
                return s;
            }
        }
        return ModelState.INSTALLED;
    }

    public LocalPins pins() {
        try {
            return LocalPins.read(modelsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modelsDir.resolve(LocalPins.FILE_NAME), e);
        }
    }
}
