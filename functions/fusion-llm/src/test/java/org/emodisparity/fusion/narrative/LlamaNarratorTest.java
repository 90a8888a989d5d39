package org.emodisparity.fusion.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.emodisparity.fusion.Disparity;
import org.emodisparity.fusion.Report;
import org.emodisparity.models.FileDigest;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.ModelFile;
import org.emodisparity.models.ModelRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The llama.cpp path end to end with a tiny random-weight GGUF model written by {@link TinyLlamaGguf}: load it with
 * java-llama.cpp, generate under the narrative schema's grammar, parse, check citations. This tests the plumbing,
 * not the quality: the tiny model's text is noise, but it must be noise in the right JSON shape, citing only
 * episodes that exist. Also: a missing or corrupt model gives a clear error and the chooser falls back to the
 * template.
 */
class LlamaNarratorTest {
    static final LlamaSettings TINY = new LlamaSettings(0, 8192, 2, 4096, 42);

    @TempDir
    static Path dir;
    static Path tinyModel;
    static LlamaNarrator narrator;

    @BeforeAll
    static void loadTinyModel() throws Exception {
        tinyModel = TinyLlamaGguf.write(dir.resolve("tiny-llama.gguf"));
        narrator = LlamaNarrator.load(tinyModel, "tiny-test-llama", TINY);
    }

    @AfterAll
    static void close() {
        if (narrator != null) {
            narrator.close();
        }
    }

    @Test
    void grammarConstrainedOutputParsesAndCitesExistingEpisodes() {
        Disparity d = NarrativeFixtures.twoEpisodes();
        NarrativePrompt prompt = NarrativePrompt.of(d, NarrativeFixtures.THREE_MODALITIES);

        String raw = narrator.generate(prompt);
        NarrativeSchema.Answer answer = NarrativeSchema.parse(raw); // throws if the grammar let anything else through
        assertFalse(answer.statements().isEmpty(), raw);
        assertTrue(answer.statements().size() <= NarrativeSchema.MAX_STATEMENTS, raw);
        for (Narrative.Statement s : answer.statements()) {
            assertFalse(s.episodeIds().isEmpty(), raw);
            assertTrue(List.of("E1", "E2").containsAll(s.episodeIds()), raw);
        }

        Narrative n = narrator.narrate(d, NarrativeFixtures.THREE_MODALITIES);
        assertEquals(Narrative.LLM, n.source(), "the tiny model's answer should be usable, fell back: " + n);
        assertEquals("tiny-test-llama", n.model());
        assertEquals(answer.statements().size(), n.statements().size(), "every citation was valid");
        assertEquals(Report.DISCLAIMER, n.disclaimer());
        assertTrue(n.text().endsWith(Report.DISCLAIMER));
    }

    @Test
    void withoutEpisodesTheTemplateSpeaks() {
        Narrative n = narrator.narrate(NarrativeFixtures.noEpisode(), NarrativeFixtures.THREE_MODALITIES);
        assertEquals(Narrative.TEMPLATE, n.source());
    }

    @Test
    void aMissingOrCorruptModelIsAClearError() throws Exception {
        Path missing = dir.resolve("absent.gguf");
        assertTrue(assertThrows(NarrativeModelException.class, () -> LlamaNarrator.load(missing, "x", TINY))
                .getMessage().startsWith("model file not found"));

        Path text = Files.writeString(dir.resolve("text.gguf"), "not a model", StandardCharsets.UTF_8);
        assertTrue(assertThrows(NarrativeModelException.class, () -> LlamaNarrator.load(text, "x", TINY))
                .getMessage().startsWith("not a GGUF file"));

        // A valid header over missing tensor data gets past our check: llama.cpp itself refuses it.
        byte[] all = Files.readAllBytes(tinyModel);
        Path truncated = Files.write(dir.resolve("truncated.gguf"), Arrays.copyOf(all, all.length / 2));
        NarrativeModelException e = assertThrows(NarrativeModelException.class,
                () -> LlamaNarrator.load(truncated, "x", TINY));
        assertTrue(e.getMessage().startsWith("llama.cpp refused model x (truncated.gguf)"), e.getMessage());
    }

    @Test
    void theChooserFallsBackToTheTemplate() throws Exception {
        byte[] all = Files.readAllBytes(tinyModel);
        Path truncated = Files.write(dir.resolve("chooser-truncated.gguf"), Arrays.copyOf(all, all.length / 2));
        ModelRepository empty = new ModelRepository(Files.createDirectories(dir.resolve("no-models")));

        assertInstanceOf(TemplateNarrator.class, NarrativeWriter.choose(
                NarrativeSettings.DEFAULT.withModelFile(truncated, "x").withLlama(TINY), empty));
        assertInstanceOf(TemplateNarrator.class, NarrativeWriter.choose(
                NarrativeSettings.DEFAULT.withModelFile(dir.resolve("absent.gguf"), "x").withLlama(TINY), empty));
        assertInstanceOf(TemplateNarrator.class, NarrativeWriter.choose(NarrativeSettings.DEFAULT, empty),
                "catalog model not installed");

        // A file at the catalog model's place whose checksum is not the pinned one is not used.
        Path models = dir.resolve("wrong-models");
        ModelEntry entry = empty.catalog().entry(NarrativeSettings.CATALOG_MODEL);
        Files.createDirectories(models.resolve(entry.id()));
        Files.copy(tinyModel, models.resolve(entry.id()).resolve(entry.files().get(0).name()));
        assertInstanceOf(TemplateNarrator.class,
                NarrativeWriter.choose(NarrativeSettings.DEFAULT, new ModelRepository(models)));
    }

    @Test
    void theChooserUsesAnInstalledVerifiedCatalogModel() throws Exception {
        ModelEntry real = ModelCatalog.load().entry(NarrativeSettings.CATALOG_MODEL);
        ModelFile gguf = real.files().get(0); // the catalog entry, pinned to the tiny model's checksum instead
        ModelFile file = new ModelFile(gguf.name(), gguf.from(), FileDigest.sha256(tinyModel), null, null, null);
        ModelEntry tiny = new ModelEntry(real.id(), real.task(), real.format(), real.profile(), real.description(),
                real.input(), real.output(), real.source(), List.of(file), real.licence(), real.citation(),
                real.notes(), real.accuracy());
        Path models = dir.resolve("models");
        Files.createDirectories(models.resolve(tiny.id()));
        Files.copy(tinyModel, models.resolve(tiny.id()).resolve(gguf.name()));

        try (NarrativeWriter w = NarrativeWriter.choose(NarrativeSettings.DEFAULT.withLlama(TINY),
                new ModelRepository(models, new ModelCatalog(List.of(tiny))))) {
            LlamaNarrator llm = assertInstanceOf(LlamaNarrator.class, w);
            assertEquals(NarrativeSettings.CATALOG_MODEL, llm.modelId());
        }
    }
}
