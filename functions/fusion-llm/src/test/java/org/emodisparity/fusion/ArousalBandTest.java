package org.emodisparity.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.emodisparity.model.Contract;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.MediaInfo;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A voice with prosodic arousal only (the default profile: no speech-emotion model) is drawn as arousal bars in the
 * speech band of report.html, not left blank: one bar per scored window, up for more aroused and down for calmer than
 * the speaker's baseline, its length by the score. The report is built by fusion and its SVG parsed.
 */
class ArousalBandTest {
    static final SessionRef S = new SessionRef("clinic-a", "s-arousal");
    static final double BAND_HALF = (34 - 4) / 2.0;

    @TempDir
    Path dir;

    @Test
    void aVoiceWithOnlyArousalIsDrawnAsBarsAndAFaceWithLabelsStaysColoured() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(dir);
        MediaInfo media = new MediaInfo(1, ObjectKeys.upload(S, "v.mp4"), 1000, "cd".repeat(32), "mp4", 10.0,
                new MediaInfo.VideoStream("h264", 640, 360, 25), new MediaInfo.AudioStream("aac", 48000, 1, 10.0));
        WindowPlan plan = WindowPlan.plan(10.0, 2.5, 1.25);
        store.put(ObjectKeys.mediaInfo(S), Contract.toJson(media));
        store.put(ObjectKeys.plan(S), Contract.toJson(plan));
        double[] arousal = {0.6, -0.4, 0.0, 0.9, -0.8, 0.3, 0.1};
        List<WindowEstimate> voice = new ArrayList<>();
        List<WindowEstimate> face = new ArrayList<>();
        for (TimeWindow w : plan.windows()) {
            voice.add(w.index() < arousal.length
                    ? new WindowEstimate(w.index(), w.start(), w.end(), null, null, arousal[w.index()], 0.7,
                            "vocal-arousal-lr-emodb4", "vocal arousal (prosody and voice quality)")
                    : WindowEstimate.nothing(w, "no speech"));
            face.add(new WindowEstimate(w.index(), w.start(), w.end(), Map.of(Emotion.HAPPINESS, 0.7,
                    Emotion.NEUTRAL, 0.3), 0.5, 0.3, 0.9, "fer-mini-xception", null));
        }
        FusionStage fusion = new FusionStage(store, new ReportRenderer());
        put(store, Stage.FACE, new ModalityTimeline(Contract.SCHEMA_VERSION, S.clinicId(), S.sessionId(), Stage.FACE,
                Availability.AVAILABLE, null, null, List.of("fer-mini-xception"), face, null));
        put(store, Stage.TRANSCRIPT, ModalityTimeline.without(S, Stage.TRANSCRIPT, Availability.UNAVAILABLE,
                ReasonCode.NO_MODEL, "modality unavailable: no model configured"));
        fusion.onPartDone(put(store, Stage.SPEECH, new ModalityTimeline(Contract.SCHEMA_VERSION, S.clinicId(),
                S.sessionId(), Stage.SPEECH, Availability.AVAILABLE, null, null, List.of("silero-vad"), voice, null)))
                .orElseThrow();

        String html = new String(store.get(ObjectKeys.reportHtml(S)).orElseThrow(), StandardCharsets.UTF_8);
        String svgText = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svgText)));
        List<Element> bars = new ArrayList<>();
        List<Element> valenceRects = new ArrayList<>();
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (r.getAttribute("class").startsWith("arousal")) {
                bars.add(r);
            } else if (r.hasAttribute("fill") && !r.getAttribute("fill").equals("#ffffff")) {
                valenceRects.add(r);
            }
        }
        assertEquals(arousal.length, bars.size(), "one bar per window with an arousal score");
        double zero = -1;
        NodeList lines = svg.getElementsByTagName("line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            if (l.getAttribute("class").equals("arousal-zero")) {
                zero = Double.parseDouble(l.getAttribute("y1"));
            }
        }
        assertTrue(zero > 0, "the baseline line of the arousal band");
        for (int i = 0; i < bars.size(); i++) {
            Element bar = bars.get(i);
            double a = arousal[i];
            double y = Double.parseDouble(bar.getAttribute("y"));
            double h = Double.parseDouble(bar.getAttribute("height"));
            assertEquals(Math.max(0.5, Math.abs(a) * BAND_HALF), h, 0.06, "bar length of arousal " + a);
            if (a > 0) {
                assertEquals("arousal arousal-up", bar.getAttribute("class"));
                assertEquals(zero, y + h, 0.06, "up from the baseline");
            } else if (a < 0) {
                assertEquals("arousal arousal-down", bar.getAttribute("class"));
                assertEquals(zero, y, 0.06, "down from the baseline");
            }
            assertTrue(bar.getTextContent().contains(String.format(java.util.Locale.ROOT, "vocal arousal %+.2f", a)),
                    bar.getTextContent());
        }
        // bars of overlapping windows side by side, in time order
        for (int i = 1; i < bars.size(); i++) {
            double prevEnd = Double.parseDouble(bars.get(i - 1).getAttribute("x"))
                    + Double.parseDouble(bars.get(i - 1).getAttribute("width"));
            assertTrue(Double.parseDouble(bars.get(i).getAttribute("x")) >= prevEnd - 0.11, "no overlap at " + i);
        }
        // the face, which has labels, keeps its valence colours, one rect per window
        assertEquals(plan.windows().size(), valenceRects.size());
        assertTrue(html.contains("calmer than the speaker"), "the legend names the bars");
    }

    private static PartDone put(LocalFolderObjectStore store, Stage stage, ModalityTimeline t) throws Exception {
        store.put(ObjectKeys.part(S, stage), Contract.toJson(t));
        return new PartDone(S, stage, ObjectKeys.part(S, stage));
    }
}
