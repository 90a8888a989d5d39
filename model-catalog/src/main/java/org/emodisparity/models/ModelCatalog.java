package org.emodisparity.models;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.emodisparity.model.LabelMapping;

/**
 * The models the product knows: read from {@value #RESOURCE} on the classpath and checked on load (unique ids,
 * unique file names, derived files naming a real source, label mapping tables that exist and cover every label).
 */
public final class ModelCatalog {
    public static final String RESOURCE = "/org/emodisparity/models/catalog.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The file's root object; "about" is documentation only. */
    private record CatalogFile(String about, List<ModelEntry> models) {
    }

    private final List<ModelEntry> entries;

    public ModelCatalog(List<ModelEntry> entries) {
        this.entries = List.copyOf(entries);
        validate(this.entries);
    }

    /** The catalog shipped in this module. */
    public static ModelCatalog load() {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A catalog in the same JSON form (tests and tools use their own). */
    public static ModelCatalog read(InputStream json) throws IOException {
        CatalogFile file = JSON.readValue(json, CatalogFile.class);
        return new ModelCatalog(file.models() == null ? List.of() : file.models());
    }

    public List<ModelEntry> entries() {
        return entries;
    }

    public List<ModelEntry> profile(Profile profile) {
        return entries.stream().filter(e -> e.profile() == profile).toList();
    }

    public Optional<ModelEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public ModelEntry entry(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no model '" + id + "' in the catalog (known: "
                + entries.stream().map(ModelEntry::id).toList() + ")"));
    }

    private static void validate(List<ModelEntry> entries) {
        Set<String> ids = new HashSet<>();
        for (ModelEntry e : entries) {
            String where = "catalog model " + e.id();
            require(e.id() != null && e.id().matches("[a-z0-9][a-z0-9.\\-]*"), where + ": id must be lower-case kebab");
            require(ids.add(e.id()), where + ": duplicate id");
            require(e.task() != null && e.format() != null && e.profile() != null && e.source() != null,
                    where + ": task, format, profile and source are required");
            require(e.licence() != null && !e.licence().isBlank(), where + ": licence is required");
            require(!e.files().isEmpty(), where + ": no files");
            Set<String> names = new HashSet<>();
            for (ModelFile f : e.files()) {
                require(names.add(f.name()), where + ": duplicate file " + f.name());
                if (f.derived()) {
                    require(e.findFile(f.derivedFrom()).filter(s -> !s.derived()).isPresent(),
                            where + ": " + f.name() + " is derived from " + f.derivedFrom() + ", which is not a source file");
                } else if (e.source().kind() != SourceKind.USER_SUPPLIED) {
                    require(f.from() != null && !f.from().isBlank(), where + ": " + f.name() + " needs 'from'");
                }
            }
            OutputContract out = e.output();
            if (out.labelMapping() != null) {
                LabelMapping mapping;
                try {
                    mapping = LabelMapping.valueOf(out.labelMapping());
                } catch (IllegalArgumentException ex) {
                    throw new IllegalStateException(where + ": unknown label mapping table " + out.labelMapping());
                }
                require(!out.labels().isEmpty(), where + ": a label mapping without labels");
                for (String label : out.labels()) {
                    try {
                        mapping.canonical(label);
                    } catch (IllegalArgumentException ex) {
                        throw new IllegalStateException(where + ": " + ex.getMessage());
                    }
                }
            }
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
