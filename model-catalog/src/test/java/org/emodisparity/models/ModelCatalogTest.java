package org.emodisparity.models;

import static org.emodisparity.models.CatalogJson.file;
import static org.emodisparity.models.CatalogJson.model;
import static org.emodisparity.models.CatalogJson.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emodisparity.model.LabelMapping;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {
    private final ModelCatalog catalog = ModelCatalog.load();

    @Test
    void everyEntryHasLicenceSourceTaskFormatAndCitation() {
        assertFalse(catalog.entries().isEmpty());
        for (ModelEntry e : catalog.entries()) {
            assertNotNull(e.task(), e.id());
            assertNotNull(e.format(), e.id());
            assertNotNull(e.profile(), e.id());
            assertTrue(e.licence() != null && !e.licence().isBlank(), e.id());
            assertTrue(e.citation() != null && !e.citation().isBlank(), e.id());
            assertNotNull(e.source(), e.id());
            assertFalse(e.source().describe().isBlank(), e.id());
            assertNotNull(e.accuracy(), e.id());
            assertFalse(e.files().isEmpty(), e.id());
        }
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        catalog.entries().forEach(e -> assertTrue(ids.add(e.id()), "duplicate " + e.id()));
    }

    @Test
    void theDefaultProfileIsTheFiveRegistryModelsAndTheCommittedModelsEachFilePinned() {
        assertEquals(List.of("blazeface-back-256", "blazeface-front-128", "fer-mini-xception", "silero-vad", "bge-small-en-v15-q",
                        "goemotions-xed-bge-small-head", "vocal-arousal-lr-emodb4"),
                catalog.profile(Profile.DEFAULT).stream().map(ModelEntry::id).toList());
        for (ModelEntry e : catalog.profile(Profile.DEFAULT)) {
            if (e.source().kind() == SourceKind.REPOSITORY) {
                e.files().forEach(f -> assertTrue(f.from().startsWith("org/emodisparity/models/repository/" + e.id() + "/"),
                        e.id() + "/" + f.name()));
            } else {
                assertTrue(e.source().kind() == SourceKind.NPM || e.source().kind() == SourceKind.MAVEN, e.id());
                assertTrue(e.source().artifact().matches(".+@\\d.*|[^:]+:[^:]+:\\d.*"), "versioned artifact: " + e.id());
            }
            for (ModelFile f : e.files()) {
                assertTrue(f.pinnedInCatalog(), e.id() + "/" + f.name() + " has a sha256");
                assertNotNull(f.size(), e.id() + "/" + f.name() + " has a size");
            }
        }
    }

    @Test
    void thePaperProfileNamesPublisherSources() {
        assertEquals(Set.of("yolo-face-emotion", "wav2vec2-speech-emotion", "whisper-base-en", "whisper-small",
                        "roberta-go-emotions", "llama-3.1-8b-instruct-q4km"),
                Set.copyOf(catalog.profile(Profile.PAPER).stream().map(ModelEntry::id).toList()));
        for (ModelEntry e : catalog.profile(Profile.PAPER)) {
            if (e.source().kind() == SourceKind.URL) {
                e.files().forEach(f -> assertTrue(f.from().startsWith("https://"), e.id() + "/" + f.name()));
            } else {
                assertEquals(SourceKind.USER_SUPPLIED, e.source().kind(), e.id());
            }
        }
    }

    @Test
    void labelMappingTablesExistAndMapEveryOutputLabel() {
        int classifiers = 0;
        for (ModelEntry e : catalog.entries()) {
            OutputContract out = e.output();
            if (out.labelMapping() == null) {
                continue;
            }
            classifiers++;
            LabelMapping mapping = LabelMapping.valueOf(out.labelMapping());
            assertFalse(out.labels().isEmpty(), e.id());
            assertEquals(out.labels().size(), Set.copyOf(out.labels()).size(), e.id() + " labels are distinct");
            for (String label : out.labels()) {
                assertNotNull(mapping.canonical(label), e.id() + ": " + label);
            }
        }
        assertEquals(5, classifiers, "fer-mini-xception, yolo-face-emotion, wav2vec2-speech-emotion, roberta-go-emotions,"
                + " goemotions-xed-bge-small-head");
    }

    @Test
    void theEmotionModelsLabelOrderIsFer2013sAndGoEmotionsFollowsTheDataSet() {
        ModelEntry fer = catalog.entry("fer-mini-xception");
        assertEquals(List.of("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"), fer.labels());
        assertEquals(LabelMapping.FER2013, fer.output().mapping().orElseThrow());
        assertEquals(LabelMapping.GOEMOTIONS_LABELS, catalog.entry("roberta-go-emotions").labels());
        assertEquals(LabelMapping.GOEMOTIONS_LABELS, catalog.entry("goemotions-xed-bge-small-head").labels());
    }

    @Test
    void derivedFilesNameTheirSourceAndTheImporter() {
        ModelFile onnx = catalog.entry("fer-mini-xception").file("emotion.onnx");
        assertTrue(onnx.derived());
        assertEquals("emotion.json", onnx.derivedFrom());
        assertEquals(Derivation.TFJS_GRAPH_TO_ONNX, onnx.derivation());
    }

    @Test
    void loadingRejectsBrokenCatalogs() {
        ObjectNode ok = model("m", "face-emotion", "onnx", "default", source("npm", "p@1"));
        file(ok, "m.onnx", "package/m.onnx", "0".repeat(64));
        ObjectNode badMapping = ok.deepCopy();
        badMapping.putObject("output").put("labelMapping", "NOPE").putArray("labels").add("happy");
        ObjectNode unmappedLabel = ok.deepCopy();
        unmappedLabel.putObject("output").put("labelMapping", "FER2013").putArray("labels").add("bored");
        ObjectNode badDerived = ok.deepCopy();
        file(badDerived, "x.onnx", null, null).put("derivedFrom", "nope.json").put("derivation", "tfjs-graph-to-onnx");
        ObjectNode typo = ok.deepCopy();
        typo.put("licenze", "MIT");

        assertThrows(IllegalStateException.class, () -> CatalogJson.catalog(ok, ok.deepCopy()), "duplicate id");
        assertThrows(IllegalStateException.class, () -> CatalogJson.catalog(badMapping));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CatalogJson.catalog(unmappedLabel));
        assertTrue(e.getMessage().contains("bored"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> CatalogJson.catalog(badDerived));
        assertThrows(Exception.class, () -> CatalogJson.catalog(typo), "unknown property");
    }
}
