package org.emodisparity.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.emodisparity.fixtures.HeadlessChromium;
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
        HeadlessChromium chromium = new HeadlessChromium(dir);
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
        Report report = new Report(Contract.SCHEMA_VERSION, "c", "s", null, null, "v1", java.time.Instant.EPOCH,
                Report.MediaSummary.of(media), twoSpeakers(), plan, timelines.stream().map(Report.ModalitySummary::of).toList(),
                timelines, disparity, new org.emodisparity.fusion.narrative.TemplateNarrator()
                        .narrate(disparity, org.emodisparity.fusion.narrative.ReportFacts.of(plan, timelines)),
                List.of(), Report.DISCLAIMER);
        Path html = Files.writeString(dir.resolve("report.html"), new ReportRenderer().render(report));
        Path png = dir.resolve("shot.png");

        HeadlessChromium.Run run = chromium.screenshot(html, png, 1100, 1400);
        assertTrue(run.consoleErrors().isEmpty(), "console errors: " + run.consoleErrors());

        BufferedImage shot = ImageIO.read(png.toFile());
        assertTrue(shot.getWidth() >= 1000, "screenshot written");
        int red = HeadlessChromium.pixels(shot, (r, g, b) -> r > 150 && g < 80 && b < 80); // incongruence (#b3261e)
        // the speaker band: the client's turns (#2f6fb3 at 0.85 opacity), the clinician's (#7b5ea7 at 0.85)
        int client = HeadlessChromium.pixelsNear(shot, 0x4c83bd, 30);
        int clinician = HeadlessChromium.pixelsNear(shot, 0x8d74b3, 30);
        int bandColours = HeadlessChromium.pixels(shot, (r, g, b) -> g > r + 20 && g > b); // positive-valence face
        assertTrue(red > 200, "incongruence curve visible: " + red + " red pixels");
        assertTrue(bandColours > 2000, "face band coloured by valence: " + bandColours);
        // Ann speaks 13.9 s, Dr Lee 5.5 s: both bands drawn, the client's the larger
        assertTrue(client > 2000 && clinician > 500 && client > 1.5 * clinician,
                "speaker band by role: client " + client + ", clinician " + clinician);
        Files.copy(png, Path.of("target", "report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // clinics file reports: printed to PDF, every table's last column is still there (nothing clipped)
        Path pdf = dir.resolve("report.pdf");
        HeadlessChromium.Run printing = chromium.printToPdf(html, pdf);
        String printed = HeadlessChromium.pdfText(pdf);
        String printLog = printing.log();
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
