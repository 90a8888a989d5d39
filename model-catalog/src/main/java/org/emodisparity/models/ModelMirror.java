package org.emodisparity.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.emodisparity.model.store.ObjectStore;

/**
 * The models bucket of a deployment: functions in the cloud have no route to npm, Maven Central or a model hub,
 * so an operator installs the models once ({@code models install}), uploads them ({@code models push}), and each
 * function copies them to its local models folder when it starts ({@code models pull}, or
 * {@link ModelsFromBucket}). Layout in the bucket: {@code {prefix}{model id}/{file}} plus {@code {prefix}pins.json}
 * for files pinned locally.
 *
 * <p>A pulled file is verified against the catalog's SHA-256 (or the pin) before it is moved into place: a
 * tampered or truncated object is refused and nothing of it is left behind.
 */
public final class ModelMirror {
    /** What a push or pull did, by {@code model/file}. */
    public record Outcome(List<String> copied, List<String> upToDate, List<String> absent) {
    }

    private final ObjectStore bucket;
    private final String prefix;

    public ModelMirror(ObjectStore bucket, String prefix) {
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isEmpty() || prefix.endsWith("/") ? (prefix == null ? "" : prefix)
                : prefix + "/";
    }

    /** Uploads the verified files of the given models; a model not installed (or corrupt) is reported absent. */
    public Outcome push(ModelRepository repository, List<ModelEntry> entries) throws IOException {
        Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (ModelEntry entry : entries) {
            if (repository.state(entry) != ModelState.INSTALLED) {
                outcome.absent().add(entry.id());
                continue;
            }
            for (FileCheck check : repository.check(entry)) {
                String key = key(entry, check.file());
                long localSize = Files.size(check.path());
                if (bucket.size(key).filter(size -> size == localSize).isPresent()) {
                    outcome.upToDate().add(entry.id() + "/" + check.file().name());
                } else {
                    bucket.putFile(key, check.path());
                    outcome.copied().add(entry.id() + "/" + check.file().name());
                }
            }
        }
        Path pins = repository.modelsDir().resolve(LocalPins.FILE_NAME);
        if (Files.isRegularFile(pins)) {
            bucket.putFile(prefix + LocalPins.FILE_NAME, pins);
        }
        return outcome;
    }

    /**
     * Copies the files of the given models that are missing or differ locally and exist in the bucket.
     *
     * @throws ModelIntegrityException when an object's SHA-256 differs from the catalog (or pin)
     */
    public Outcome pull(ModelRepository repository, List<ModelEntry> entries) throws IOException {
        Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Files.createDirectories(repository.modelsDir());
        Path localPins = repository.modelsDir().resolve(LocalPins.FILE_NAME);
        if (!Files.exists(localPins) && bucket.exists(prefix + LocalPins.FILE_NAME)) {
            bucket.download(prefix + LocalPins.FILE_NAME, localPins);
        }
        for (ModelEntry entry : entries) {
            for (FileCheck check : repository.check(entry)) {
                String name = entry.id() + "/" + check.file().name();
                String key = key(entry, check.file());
                if (check.state() == ModelState.INSTALLED) {
                    outcome.upToDate().add(name);
                } else if (!bucket.exists(key)) {
                    outcome.absent().add(name);
                } else {
                    fetchVerified(key, check);
                    outcome.copied().add(name);
                }
            }
        }
        return outcome;
    }

    private void fetchVerified(String key, FileCheck check) throws IOException {
        Files.createDirectories(check.path().getParent());
        Path tmp = Files.createTempFile(check.path().getParent(), "." + check.file().name(), ".part");
        try {
            bucket.download(key, tmp);
            String actual = FileDigest.sha256Uncached(tmp);
            if (check.expectedSha256() == null || !check.expectedSha256().equals(actual)) {
                throw new ModelIntegrityException(check.path().getParent().getFileName().toString(), check.path(),
                        check.expectedSha256(), actual);
            }
            Files.move(tmp, check.path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private String key(ModelEntry entry, ModelFile file) {
        return prefix + entry.id() + "/" + file.name();
    }
}
