package org.emodisparity.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.emodisparity.fixtures.Dialogue;
import org.emodisparity.fixtures.HeadlessChromium;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.model.course.ClientCourse;
import org.emodisparity.model.course.SessionSummary;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client's course end to end with real media and the real models: four sessions of client {@code c-01} (GRID
 * clips of a speaking face, and a two-person dialogue of real voices with a named transcript), analysed out of
 * date order, and one session of another client; {@code trend} writes the course in date order, each session's
 * figures are those of its report, the other client's session stays out, and the page renders in headless Chromium.
 */
@QuarkusMainTest
class ClientCourseTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void emptyBucket() throws Exception {
        TestBucket.empty();
    }

    static Path grid(String name) {
        return SharedMedia.file("media/video/grid/" + name + ".mpg");
    }

    JsonNode analyse(QuarkusMainLauncher launcher, String name, List<String> args) throws Exception {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of("analyze", "--out", out.toString()));
        all.addAll(args);
        LaunchResult result = launcher.launch(all.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        return Contract.json().readTree(Files.readAllBytes(out.resolve("report.json")));
    }

    @Test
    void theTrendShowsTheClientsSessionsInDateOrderWithEachReportsFigures(QuarkusMainLauncher launcher) throws Exception {
        RequiredModels.assumeOrFail("silero-vad");
        RequiredModels.assumeOrFail("bge-small-en-v15-q");
        RequiredModels.assumeOrFail("fer-mini-xception");
        Dialogue.Built dialogue = new Dialogue(0.7)
                .say("Dr Lee", SharedMedia.jfkWav(), 3.3, 7.7, "Ask not what your country can do for you.")
                .say("Ann", SharedMedia.librivox("0870"), 0, 0, "And mister John Dashwood had then leisure "
                        + "to consider how much there might be prudently in his power to do for them.")
                .build(dir.resolve("dialogue"));
        // analysed in another order than they took place
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        reports.put("2026-10-01", analyse(launcher, "a", List.of(grid("grid_bbaf2n").toString(),
                "--client-ref", "c-01", "--session-date", "2026-10-01")));
        reports.put("2026-08-01", analyse(launcher, "b", List.of(grid("grid_id2_vcd_swwp2s").toString(),
                "--client-ref", "c-01", "--session-date", "2026-08-01")));
        reports.put("2026-10-20", analyse(launcher, "c", List.of(dialogue.mixed().toString(), "--transcript",
                dialogue.transcript().toString(), "--client-speaker", "Ann", "--client-ref", "c-01",
                "--session-date", "2026-10-20")));
        reports.put("2026-09-15", analyse(launcher, "d", List.of(grid("grid_lbax4n").toString(),
                "--client-ref", "c-01", "--session-date", "2026-09-15")));
        JsonNode other = analyse(launcher, "e", List.of(grid("grid_lbax4n").toString(), "--client-ref", "c-02",
                "--session-date", "2026-09-20"));
        assertEquals("c-02", other.path("clientRef").asText());

        Path out = dir.resolve("trend");
        LaunchResult trend = launcher.launch("trend", "--client-ref", "c-01", "--out", out.toString());
        assertEquals(0, trend.exitCode(), trend.getErrorOutput());
        ClientCourse course = Contract.fromJson(Files.readAllBytes(out.resolve("trend.json")), ClientCourse.class);
        assertEquals(List.of("2026-08-01", "2026-09-15", "2026-10-01", "2026-10-20"),
                course.sessions().stream().map(s -> s.sessionDate().toString()).toList());
        for (SessionSummary s : course.sessions()) {
            JsonNode report = reports.get(s.sessionDate().toString());
            assertEquals(report.path("sessionId").asText(), s.sessionId());
            assertEquals(SessionSummary.of(Contract.json().writeValueAsBytes(report)), s, "the figures of its report");
            assertTrue(s.models().get("voice").contains("silero-vad"), s.models().toString());
        }
        assertTrue(course.sessions().stream().noneMatch(s -> s.sessionId().equals(other.path("sessionId").asText())),
                "another client's session stays out");
        // the dialogue: the client's talk share from the speakers block; a GRID clip: the face's dominant label
        SessionSummary talk = course.sessions().get(3);
        double annShare = 0;
        for (JsonNode sp : reports.get("2026-10-20").path("speakers").path("speakers")) {
            if (sp.path("role").asText().equals("client")) {
                annShare = sp.path("stats").path("talkShare").asDouble();
            }
        }
        assertTrue(annShare > 0.5, "Ann speaks most of the dialogue: " + annShare);
        assertEquals(annShare, talk.clientTalkShare(), 1e-3);
        assertNotNull(course.sessions().get(0).dominant().get("face"), "a face was read in the GRID clip");
        assertTrue(course.sessions().get(0).voice().containsKey("f0MedianHz"), "the client's vocal baseline");
        // three earlier sessions: the latest is compared with them
        ClientCourse.Figure disagreement = course.figures().stream().filter(f -> f.key().equals("disagreement"))
                .findFirst().orElseThrow();
        assertNotNull(disagreement.statement(), "three earlier sessions are enough to compare");
        assertTrue(disagreement.statement().contains("last 3 sessions"), disagreement.statement());
        // the dialogue has words and no face: a modality present in one session only is not a change of models
        assertTrue(course.notes().stream().noneMatch(n -> n.contains("models changed")), course.notes().toString());

        LaunchResult none = launcher.launch("trend", "--client-ref", "c-03", "--out", dir.resolve("none").toString());
        assertEquals(4, none.exitCode());
        assertTrue(none.getErrorOutput().contains("no analysed session of client c-03"), none.getErrorOutput());

        Path png = dir.resolve("trend.png");
        HeadlessChromium.Run shown = new HeadlessChromium(dir).screenshot(out.resolve("trend.html"), png, 1100, 900);
        assertTrue(shown.consoleErrors().isEmpty(), shown.consoleErrors().toString());
        BufferedImage shot = ImageIO.read(png.toFile());
        int latest = HeadlessChromium.pixelsNear(shot, 0xc2410c, 40); // the latest session's dot
        int line = HeadlessChromium.pixelsNear(shot, 0x2f5d9e, 40); // the course line and earlier sessions
        assertTrue(latest > 100 && line > 300, "charts drawn: latest-dot pixels " + latest + ", line pixels " + line);
        Files.copy(png, Path.of("target", "trend-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
