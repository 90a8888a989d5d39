package org.emodisparity.fusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Contract;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.MediaInfo;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fan-in: the report is written when all three parts exist, once per input version. */
class FusionStageTest {
    static final SessionRef S = new SessionRef("clinic-a", "s1");

    @TempDir
    Path dir;
    LocalFolderObjectStore store;
    FusionStage fusion;

    @BeforeEach
    void session() throws Exception {
        store = new LocalFolderObjectStore(dir);
        fusion = new FusionStage(store, new ReportRenderer());
        MediaInfo media = new MediaInfo(1, ObjectKeys.upload(S, "v.mpg"), 1000, "ab".repeat(32), "mpeg", 3.0,
                new MediaInfo.VideoStream("mpeg1video", 360, 288, 25), new MediaInfo.AudioStream("mp2", 44100, 2, 2.978));
        store.put(ObjectKeys.mediaInfo(S), Contract.toJson(media));
        store.put(ObjectKeys.plan(S), Contract.toJson(WindowPlan.plan(3.0, 2.5, 1.25)));
    }

    private PartDone part(Stage stage, ModalityTimeline t) throws Exception {
        store.put(ObjectKeys.part(S, stage), Contract.toJson(t));
        return new PartDone(S, stage, ObjectKeys.part(S, stage));
    }

    private ModalityTimeline unavailable(Stage stage) {
        return ModalityTimeline.without(S, stage, Availability.UNAVAILABLE, ReasonCode.NO_MODEL,
                "modality unavailable: no model configured");
    }

    @Test
    void waitsForAllThreePartsThenWritesJsonAndHtml() throws Exception {
        assertTrue(fusion.onPartDone(part(Stage.FACE, unavailable(Stage.FACE))).isEmpty());
        assertTrue(fusion.onPartDone(part(Stage.SPEECH, unavailable(Stage.SPEECH))).isEmpty());
        assertFalse(store.exists(ObjectKeys.reportJson(S)));
        var ready = fusion.onPartDone(part(Stage.TRANSCRIPT, ModalityTimeline.without(S, Stage.TRANSCRIPT,
                Availability.SKIPPED, ReasonCode.NO_AUDIO_STREAM, "skipped: the file has no audio stream"))).orElseThrow();
        assertEquals(ObjectKeys.reportHtml(S), ready.reportHtmlKey());

        JsonNode report = Contract.json().readTree(store.get(ObjectKeys.reportJson(S)).orElseThrow());
        assertEquals(Contract.SCHEMA_VERSION, report.path("schemaVersion").asInt());
        assertEquals(3.0, report.path("media").path("durationSeconds").asDouble());
        assertEquals(2, report.path("plan").path("windows").size());
        assertEquals("UNAVAILABLE", report.path("modalities").get(0).path("availability").asText());
        assertEquals("SKIPPED", report.path("modalities").get(2).path("availability").asText());
        assertFalse(report.toString().contains("v.mpg"), "the uploaded file name is not in the report");

        String html = new String(store.get(ObjectKeys.reportHtml(S)).orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"), "inline SVG timeline");
        assertTrue(html.contains("modality unavailable: no model configured"));
        assertTrue(html.contains("not a clinical assessment"));
        assertTrue(html.contains("How disparity is measured: words against face and voice; pair score = "
                + "confidence-weighted valence opposition"), "the method with its settings");
        assertTrue(html.contains("per-window AUC 0.952"), "the method's measured figures");
        assertFalse(html.contains("http://") && html.contains("<link"), "no external resources");
    }

    @Test
    void repeatedAndOutOfOrderTriggersGiveOneReport() throws Exception {
        PartDone t = part(Stage.TRANSCRIPT, unavailable(Stage.TRANSCRIPT));
        PartDone f = part(Stage.FACE, unavailable(Stage.FACE));
        PartDone s = part(Stage.SPEECH, unavailable(Stage.SPEECH));
        fusion.onPartDone(s).orElseThrow();
        byte[] first = store.get(ObjectKeys.reportJson(S)).orElseThrow();
        long mtime = java.nio.file.Files.getLastModifiedTime(store.pathOf(ObjectKeys.reportJson(S))).toMillis();
        Thread.sleep(20);
        for (PartDone again : List.of(f, t, s, s)) {
            assertTrue(fusion.onPartDone(again).isPresent());
        }
        assertArrayEquals(first, store.get(ObjectKeys.reportJson(S)).orElseThrow());
        assertEquals(mtime, java.nio.file.Files.getLastModifiedTime(store.pathOf(ObjectKeys.reportJson(S))).toMillis(),
                "not rewritten");
    }

    @Test
    void changedInputsGiveANewInputVersion() throws Exception {
        part(Stage.TRANSCRIPT, unavailable(Stage.TRANSCRIPT));
        part(Stage.SPEECH, unavailable(Stage.SPEECH));
        fusion.onPartDone(part(Stage.FACE, unavailable(Stage.FACE))).orElseThrow();
        String v1 = Contract.json().readTree(store.get(ObjectKeys.reportJson(S)).orElseThrow()).path("inputVersion").asText();
        ModalityTimeline.WindowEstimate w = new ModalityTimeline.WindowEstimate(0, 0, 2.5,
                Map.of(Emotion.HAPPINESS, 1.0), 0.8, 0.5, 0.9, "test-model", null);
        ModalityTimeline face = new ModalityTimeline(1, "clinic-a", "s1", Stage.FACE, Availability.AVAILABLE, null, null,
                List.of("test-model"), List.of(w), null);
        fusion.onPartDone(part(Stage.FACE, face)).orElseThrow();
        JsonNode report = Contract.json().readTree(store.get(ObjectKeys.reportJson(S)).orElseThrow());
        assertNotEquals(v1, report.path("inputVersion").asText());
        assertEquals("test-model", report.path("timelines").get(0).path("windows").get(0).path("modelId").asText());
    }

    @Test
    void otherDisparitySettingsMakeANewReportOfTheSameInputsAndTheReportStatesThem() throws Exception {
        part(Stage.TRANSCRIPT, unavailable(Stage.TRANSCRIPT));
        part(Stage.SPEECH, unavailable(Stage.SPEECH));
        PartDone f = part(Stage.FACE, unavailable(Stage.FACE));
        fusion.onPartDone(f).orElseThrow();
        JsonNode first = Contract.json().readTree(store.get(ObjectKeys.reportJson(S)).orElseThrow());
        FusionConfig.DisparityConfig properties = new io.smallrye.config.SmallRyeConfigBuilder()
                .withMapping(FusionConfig.class)
                .withSources(new io.smallrye.config.PropertiesConfigSource(Map.of(
                        "emodisparity.fusion.disparity.threshold", "0.5",
                        "emodisparity.fusion.disparity.valence-comparison", "difference"), "test", 500))
                .build().getConfigMapping(FusionConfig.class).disparity();
        FusionStage stricter = new FusionStage(store, new ReportRenderer(),
                org.emodisparity.fusion.narrative.NarrativeWriter.choose(
                        org.emodisparity.fusion.narrative.NarrativeSettings.DEFAULT),
                org.emodisparity.models.ModelCatalog.load(), new DisparityAnalysis(properties.settings()));
        stricter.onPartDone(f).orElseThrow();
        JsonNode second = Contract.json().readTree(store.get(ObjectKeys.reportJson(S)).orElseThrow());
        assertNotEquals(first.path("inputVersion").asText(), second.path("inputVersion").asText());
        assertEquals(0.5, second.path("disparity").path("threshold").asDouble(), 0);
        assertTrue(second.path("disparity").path("method").asText().contains("0.50·|Δvalence|/1.5"),
                second.path("disparity").toString());
    }

    @Test
    void theDisparityPropertiesDefaultToTheSettingsChosenOnTheHarness() {
        FusionConfig config = new io.smallrye.config.SmallRyeConfigBuilder().withMapping(FusionConfig.class).build()
                .getConfigMapping(FusionConfig.class);
        assertEquals(DisparityAnalysis.Settings.DEFAULT, config.disparity().settings());
    }

    @Test
    void theReportNamesTheClientsSessionAndItsSummaryIsKeptBesideIt() throws Exception {
        store.put(ObjectKeys.upload(S, org.emodisparity.model.UploadKind.SESSION_OPTIONS_FILE), Contract.toJson(
                new org.emodisparity.model.SessionOptions(null, null, "c-0173", java.time.LocalDate.of(2026, 11, 30))));
        java.util.function.BiFunction<Stage, Map<Emotion, Double>, ModalityTimeline> both = (stage, d) -> {
            double valence = d.containsKey(Emotion.HAPPINESS) ? 0.8 : -0.7;
            List<ModalityTimeline.WindowEstimate> ws = List.of(
                    new ModalityTimeline.WindowEstimate(0, 0, 2.5, d, valence, 0.5, 0.9, "m-" + stage.id(), null),
                    new ModalityTimeline.WindowEstimate(1, 1.25, 3.0, d, valence, 0.5, 0.9, "m-" + stage.id(), null));
            return new ModalityTimeline(1, "clinic-a", "s1", stage, Availability.AVAILABLE, null, null,
                    List.of("m-" + stage.id()), ws, null);
        };
        part(Stage.SPEECH, unavailable(Stage.SPEECH));
        part(Stage.TRANSCRIPT, both.apply(Stage.TRANSCRIPT, Map.of(Emotion.SADNESS, 0.9, Emotion.NEUTRAL, 0.1)));
        fusion.onPartDone(part(Stage.FACE, both.apply(Stage.FACE, Map.of(Emotion.HAPPINESS, 0.9, Emotion.NEUTRAL, 0.1))))
                .orElseThrow();
        byte[] reportJson = store.get(ObjectKeys.reportJson(S)).orElseThrow();
        JsonNode report = Contract.json().readTree(reportJson);
        assertEquals("c-0173", report.path("clientRef").asText());
        assertEquals("2026-11-30", report.path("sessionDate").asText());
        String html = new String(store.get(ObjectKeys.reportHtml(S)).orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<code id=\"client-ref\">c-0173</code>"), "the report's header names the client reference");

        var summary = Contract.fromJson(store.get(ObjectKeys.reportSummary(S)).orElseThrow(),
                org.emodisparity.model.course.SessionSummary.class);
        assertEquals(org.emodisparity.model.course.SessionSummary.of(reportJson), summary, "summary.json is the report's");
        assertEquals("c-0173", summary.clientRef());
        assertEquals(java.time.LocalDate.of(2026, 11, 30), summary.sessionDate());
        assertEquals(report.path("disparity").path("episodes").size(), summary.episodes());
        assertTrue(summary.episodes() > 0, "a smiling face over sad words is an episode");
        assertEquals(0.8, summary.meanValence().get("face"), 1e-9);
        assertEquals(-0.7, summary.meanValence().get("words"), 1e-9);
        assertEquals("happiness", summary.dominant().get("face"));
        assertEquals(Map.of("face", List.of("m-face"), "words", List.of("m-transcribe-sentiment")), summary.models());
    }
}
