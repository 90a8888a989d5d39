package org.emodisparity.transcript.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model integrity: the transcript stage refuses a text-emotion head whose bytes differ from the catalog's sha256; no
 * text emotion is inferred with it, and every result says why.
 */
class TamperedTextModelTest {

    @Test
    void aTextEmotionHeadWhoseChecksumDiffersFromTheCatalogIsRefused(@TempDir Path models) throws Exception {
        RequiredModels.assumeOrFail("bge-small-en-v15-q");
        RequiredModels.assumeOrFail("goemotions-xed-bge-small-head");
        ModelRepository installed = ModelRepository.atDefaultLocation();
        for (String id : new String[] {"bge-small-en-v15-q", "goemotions-xed-bge-small-head"}) {
            Path target = Files.createDirectories(models.resolve(id));
            try (var files = Files.list(installed.modelDir(id))) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        }
        Files.write(models.resolve("goemotions-xed-bge-small-head").resolve("head.onnx"), new byte[] {0}, StandardOpenOption.APPEND);

        try (TranscriptEmotionAnalyzer analyzer = TranscriptEmotionAnalyzer.fromInstalledModels(
                new ModelRepository(models), AnalyzerSettings.defaults())) {
            assertFalse(analyzer.hasTextEmotionModel(), "the tampered head is not loaded");
            Path vtt = Files.writeString(models.resolve("t.vtt"), "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nI am happy.\n");
            TranscriptEmotionResult result = analyzer.analyse(Optional.of(vtt), Optional.empty(), WindowPlan.plan(3.0, 2.5, 1.25));
            assertTrue(result.sentences().stream().allMatch(sentence -> sentence.emotion() == null), "no inference ran");
            assertTrue(result.warnings().stream().anyMatch(w -> w.contains("goemotions-xed-bge-small-head")
                    && w.contains("refusing to load it")), result.warnings().toString());
        }
    }
}
