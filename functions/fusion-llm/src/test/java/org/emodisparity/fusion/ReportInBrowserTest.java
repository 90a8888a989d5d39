package org.emodisparity.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.emodisparity.model.Contract;
import org.emodisparity.model.MediaInfo;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.Stage;
import org.emodisparity.model.WindowPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser: headless Chromium (Debian's {@code chromium}, installed by .ci/run) loads the
 * self-contained file with no console errors and no network requests, and its screenshot shows the timeline:
 * the coloured bands of the face and text windows and the red incongruence curve.
 */
class ReportInBrowserTest {
    @TempDir
    Path dir;

    @Test
    void reportLoadsWithoutConsoleErrorsAndTheScreenshotShowsTheTimeline() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(chromium)) {
            fail("headless Chromium is needed for this test: apt-get install -y chromium (.ci/run does)");
        }
        WindowPlan plan = DisparityAnalysisTest.PLAN;
        ModalityTimeline face = DisparityAnalysisTest.timeline(Stage.FACE, i -> i < 6 ? DisparityAnalysisTest.SAD
                : DisparityAnalysisTest.HAPPY);
        ModalityTimeline speech = DisparityAnalysisTest.unavailable(Stage.SPEECH);
        ModalityTimeline sad = DisparityAnalysisTest.timeline(Stage.TRANSCRIPT, i -> DisparityAnalysisTest.SAD);
        // the client's words as the transcript stage gives them: quoted in the episode's plain-language evidence
        ModalityTimeline text = new ModalityTimeline(sad.schemaVersion(), "c", "s", Stage.TRANSCRIPT,
                sad.availability(), null, null, sad.modelIds(), sad.windows().stream()
                .map(w -> new ModalityTimeline.WindowEstimate(w.window(), w.start(), w.end(), w.distribution(),
                        w.valence(), w.arousal(), w.confidence(), w.modelId(), null,
                        java.util.Map.<String, Object>of("text", "I have felt so low since March.")))
                .toList(), null);
        List<ModalityTimeline> timelines = List.of(face, speech, text);
        MediaInfo media = new MediaInfo(1, "uploads/c/s/v.mp4", 1, "00", "mov,mp4,m4a,3gp,3g2,mj2", 20.0,
                new MediaInfo.VideoStream("h264", 640, 360, 24), null);
        Disparity disparity = new DisparityAnalysis(DisparityAnalysis.Settings.DEFAULT).analyse(plan, timelines);
        Report report = new Report(Contract.SCHEMA_VERSION, "c", "s", "v1", java.time.Instant.EPOCH,
                Report.MediaSummary.of(media), twoSpeakers(), plan, timelines.stream().map(Report.ModalitySummary::of).toList(),
                timelines, disparity, new org.emodisparity.fusion.narrative.TemplateNarrator()
                        .narrate(disparity, org.emodisparity.fusion.narrative.ReportFacts.of(plan, timelines)),
                List.of(), Report.DISCLAIMER);
        Path html = Files.writeString(dir.resolve("report.html"), new ReportRenderer().render(report));
        Path png = dir.resolve("shot.png");

        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                "--enable-logging=stderr", "--v=0", "--window-size=1100,1400", "--hide-scrollbars",
                "--screenshot=" + png, html.toUri().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, p.exitValue(), log);
        List<String> consoleErrors = log.lines().filter(l -> l.contains("CONSOLE") || l.contains("Failed to load resource")
                || l.contains("Uncaught")).toList();
        assertTrue(consoleErrors.isEmpty(), "console errors: " + consoleErrors);

        BufferedImage shot = ImageIO.read(png.toFile());
        assertTrue(shot.getWidth() >= 1000, "screenshot written");
        int red = 0;
        int bandColours = 0;
        int client = 0;
        int clinician = 0;
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                int rgb = shot.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (r > 150 && g < 80 && b < 80) {
                    red++; // the incongruence curve (#b3261e)
                }
                if (Math.abs(r - 76) + Math.abs(g - 131) + Math.abs(b - 189) < 30) {
                    client++; // the speaker band: the client's turns (#2f6fb3 at 0.85 opacity)
                }
                if (Math.abs(r - 141) + Math.abs(g - 116) + Math.abs(b - 179) < 30) {
                    clinician++; // the clinician's turns (#7b5ea7 at 0.85 opacity)
                }
                if (g > r + 20 && g > b) {
                    bandColours++; // green-ish: positive-valence face windows
                }
            }
        }
        assertTrue(red > 200, "incongruence curve visible: " + red + " red pixels");
        assertTrue(bandColours > 2000, "face band coloured by valence: " + bandColours);
        // Ann speaks 13.9 s, Dr Lee 5.5 s: both bands drawn, the client's the larger
        assertTrue(client > 2000 && clinician > 500 && client > 1.5 * clinician,
                "speaker band by role: client " + client + ", clinician " + clinician);
        Files.copy(png, Path.of("target", "report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // clinics file reports: printed to PDF, every table's last column is still there (nothing clipped)
        Path pdf = dir.resolve("report.pdf");
        List<String> print = new ArrayList<>(command.subList(0, command.size() - 4));
        // a profile of its own: a second Chromium on a profile still in use hands over to the first and prints nothing
        print.replaceAll(a -> a.startsWith("--user-data-dir=") ? "--user-data-dir=" + dir.resolve("print-profile") : a);
        print.addAll(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString()));
        Process printing = new ProcessBuilder(print).redirectErrorStream(true).start();
        String printLog = new String(printing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(printing.waitFor(120, TimeUnit.SECONDS), "chromium did not print");
        assertEquals(0, printing.exitValue(), printLog);
        Process toText = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String printed = new String(toText.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(toText.waitFor(60, TimeUnit.SECONDS) && toText.exitValue() == 0, printed);
        for (String lastColumn : List.of("Overlap", "Peak", "Models", "the client said", "E1")) {
            assertTrue(printed.contains(lastColumn), "printed report shows \"" + lastColumn + "\":\n" + printed + "\n" + printLog);
        }
        assertTrue(printed.contains("\f"), "at least one page break in a multi-section report");
    }

    /** A therapist and a client taking turns, the client named by the clinic. */
    static org.emodisparity.model.speakers.SessionSpeakers twoSpeakers() {
        var named = List.of(new org.emodisparity.model.speakers.SessionSpeakers.NamedTurn("Dr Lee", 0, 4),
                new org.emodisparity.model.speakers.SessionSpeakers.NamedTurn("Ann", 4.4, 11),
                new org.emodisparity.model.speakers.SessionSpeakers.NamedTurn("Dr Lee", 11.5, 13),
                new org.emodisparity.model.speakers.SessionSpeakers.NamedTurn("Ann", 13.2, 19.5));
        var source = org.emodisparity.model.speakers.SessionSpeakers.Source.TRANSCRIPT;
        return org.emodisparity.model.speakers.SpeakerRoles.resolve(source,
                org.emodisparity.model.speakers.SessionSpeakers.fromNamedTurns(named, source, 0.3),
                new org.emodisparity.model.SessionOptions("Ann", null, null), java.util.Optional.empty(), List.of());
    }
}
