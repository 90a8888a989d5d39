package org.emodisparity.models.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.ModelFile;
import org.emodisparity.models.ModelIntegrityException;
import org.emodisparity.models.ModelRepository;

/**
 * Whether a function's required models are installed and loadable, for its readiness probe. The first check of a
 * model verifies every file against its SHA-256 (as the stage does when it loads it) and remembers a success; later
 * checks only look that the files are still there, so a probe every few seconds does not hash a model again.
 */
public final class ModelsReadiness {
    private final ModelRepository repository;
    private final List<String> required;
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    public ModelsReadiness(ModelRepository repository, List<String> required) {
        this.repository = repository;
        this.required = List.copyOf(required);
    }

    public List<String> required() {
        return required;
    }

    /** Model id → "installed", or why not ("missing", "corrupt: …", "unknown model id"). Ready when all are "installed". */
    public Map<String, String> check() {
        Map<String, String> result = new LinkedHashMap<>();
        for (String id : required) {
            result.put(id, state(id));
        }
        return result;
    }

    public static boolean ready(Map<String, String> states) {
        return states.values().stream().allMatch(INSTALLED::equals);
    }

    public static final String INSTALLED = "installed";

    private String state(String id) {
        ModelEntry entry;
        try {
            entry = repository.catalog().entry(id);
        } catch (IllegalArgumentException e) {
            return "unknown model id";
        }
        if (verified.contains(id)) {
            Path dir = repository.modelDir(id);
            for (ModelFile f : entry.files()) {
                if (!Files.isRegularFile(dir.resolve(f.name()))) {
                    verified.remove(id);
                    return "missing " + f.name();
                }
            }
            return INSTALLED;
        }
        try {
            if (repository.find(id).isEmpty()) {
                return "missing; run: models install --profile " + entry.profile().label();
            }
        } catch (ModelIntegrityException e) {
            return "corrupt: " + e.getMessage();
        } catch (RuntimeException e) {
            return "unreadable: " + e.getClass().getSimpleName();
        }
        verified.add(id);
        return INSTALLED;
    }
}
