package org.emodisparity.fusion;

import java.util.Locale;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.speakers.SessionSpeakers;

/**
 * The timeline figure: one band per modality over the session's time units. A window with an estimate is
 * coloured by its valence (red negative, grey neutral, green positive); a modality without estimates shows
 * why, in words, across its band.
 */
final class TimelineSvg {
    private static final int WIDTH = 900;
    private static final int LEFT = 150;
    private static final int BAND = 34;
    private static final int GAP = 8;
    private static final int TOP = 10;

    private TimelineSvg() {
    }

    static String render(Report report) {
        double duration = report.media().durationSeconds();
        double scale = (WIDTH - LEFT - 10) / duration;
        boolean speakerBand = report.speakers() != null && !report.speakers().speakers().isEmpty();
        int height = TOP + (report.timelines().size() + 1 + (speakerBand ? 1 : 0)) * (BAND + GAP) + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"100%%\" role=\"img\" aria-label=\"Timeline of the session per modality\">", WIDTH, height));
        int y = TOP;
        if (speakerBand) {
            y = speakerBand(svg, report.speakers(), y, duration, scale);
        }
        for (ModalityTimeline t : report.timelines()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"band-label\">%s</text>",
                    y + BAND / 2 + 5, escape(t.stage().id())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"band\"/>",
                    LEFT, y, duration * scale, BAND));
            if (t.availability() == ModalityTimeline.Availability.AVAILABLE && arousalOnly(t)) {
                arousalBars(svg, t, y, scale);
            } else if (t.availability() == ModalityTimeline.Availability.AVAILABLE) {
                for (WindowEstimate w : t.windows()) {
                    String fill = w.distribution() == null ? "#ffffff" : valenceColour(w.valence());
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                            + "fill=\"%s\" fill-opacity=\"0.8\"><title>%.2f–%.2f s: %s</title></rect>",
                            LEFT + w.start() * scale, y + 2, Math.max(1, (w.end() - w.start()) * scale), BAND - 4,
                            fill, w.start(), w.end(), escape(describe(w))));
                }
            } else {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"band-note\">%s</text>",
                        LEFT + 10, y + BAND / 2 + 5, escape(t.message() == null ? t.availability().name() : t.message())));
            }
            y += BAND + GAP;
        }
        y = incongruenceCurve(svg, report, y, scale);
        // time axis: one tick per window start
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"axis\"/>",
                LEFT, y, LEFT + duration * scale, y));
        for (TimeWindow w : report.plan().windows()) {
            double x = LEFT + w.start() * scale;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"axis\"/>",
                    x, y, x, y + 5));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\">0 s</text>", LEFT, y + 20));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"end\">%.1f s</text>",
                LEFT + duration * scale, y + 20, duration));
        return svg.append("</svg>").toString();
    }

    /** A voice with prosodic arousal and no emotion labels (the default profile has no speech-emotion model). */
    static boolean arousalOnly(ModalityTimeline t) {
        return t.windows().stream().noneMatch(w -> w.distribution() != null)
                && t.windows().stream().anyMatch(w -> w.arousal() != null);
    }

    /**
     * Arousal as bars: a dashed line at 0 (the speaker's own baseline), each window's bar up (more aroused) or down
     * (calmer) from it by its score in [-1, 1], over the middle half of the window so that the overlapping windows
     * give bars side by side.
     */
    private static void arousalBars(StringBuilder svg, ModalityTimeline t, int y, double scale) {
        double mid = y + BAND / 2.0;
        double half = (BAND - 4) / 2.0;
        double end = t.windows().get(t.windows().size() - 1).end();
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "class=\"arousal-zero\"/>", LEFT, mid, LEFT + end * scale, mid));
        for (WindowEstimate w : t.windows()) {
            if (w.arousal() == null) {
                continue;
            }
            double a = Math.max(-1, Math.min(1, w.arousal()));
            double length = Math.max(0.5, Math.abs(a) * half);
            double width = (w.end() - w.start()) / 2;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "class=\"arousal %s\" data-arousal=\"%.3f\"><title>%.2f–%.2f s: vocal arousal %+.2f "
                    + "(against the speaker's own baseline; no emotion-label model)</title></rect>",
                    LEFT + (w.start() + width / 2) * scale, a >= 0 ? mid - length : mid, Math.max(1, width * scale),
                    length, a >= 0 ? "arousal-up" : "arousal-down", a, w.start(), w.end(), a));
        }
    }

    /** Who speaks when: each speaker's turns in the colour of their role (client, clinician, unknown). */
    private static int speakerBand(StringBuilder svg, SessionSpeakers speakers, int y, double duration, double scale) {
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"band-label\">who speaks</text>",
                y + BAND / 2 + 5));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"band\"/>",
                LEFT, y, duration * scale, BAND));
        for (SessionSpeakers.Speaker s : speakers.speakers()) {
            String who = s.id() + " (" + s.role().json() + (s.name() == null ? "" : ", " + s.name()) + ")";
            for (SessionSpeakers.Turn t : s.turns()) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                        + "class=\"speaker-%s\"><title>%.1f–%.1f s: %s</title></rect>", LEFT + t.start() * scale,
                        y + 2, Math.max(1, t.duration() * scale), BAND - 4, s.role().json(), t.start(), t.end(),
                        escape(who)));
            }
        }
        return y + BAND + GAP;
    }

    /** The incongruence band: a curve through the window centres, the threshold as a dashed line, episodes shaded. */
    private static int incongruenceCurve(StringBuilder svg, Report report, int y, double scale) {
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"band-label\">incongruence</text>",
                y + BAND / 2 + 5));
        double duration = report.media().durationSeconds();
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"band\"/>",
                LEFT, y, duration * scale, BAND));
        Disparity d = report.disparity();
        if (d != null) {
            for (Disparity.Episode e : d.episodes()) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                        + "class=\"episode\"><title>%s %.1f–%.1f s</title></rect>", LEFT + e.start() * scale, y,
                        (e.end() - e.start()) * scale, BAND, escape(e.id()), e.start(), e.end()));
            }
            double ty = y + BAND - d.threshold() * BAND;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"threshold\"/>",
                    LEFT, ty, LEFT + duration * scale, ty));
            StringBuilder points = new StringBuilder();
            for (Disparity.WindowScore w : d.windows()) {
                if (w.incongruence() != null) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + (w.start() + w.end()) / 2 * scale,
                            y + BAND - w.incongruence() * BAND));
                }
            }
            if (points.length() > 0) {
                svg.append("<polyline class=\"curve\" points=\"").append(points.toString().trim()).append("\"/>");
            } else {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"band-note\">no two modalities "
                        + "with estimates to compare</text>", LEFT + 10, y + BAND / 2 + 5));
            }
        }
        return y + BAND + GAP;
    }

    private static String describe(WindowEstimate w) {
        if (w.distribution() == null) {
            return w.note() == null ? "no estimate" : w.note();
        }
        Emotion top = w.distribution().entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(Emotion.NEUTRAL);
        return String.format(Locale.ROOT, "%s %.0f%%", top.label(), 100 * w.distribution().get(top));
    }

    private static String valenceColour(Double valence) {
        double v = valence == null ? 0 : Math.max(-1, Math.min(1, valence));
        int r = v < 0 ? 200 : (int) (200 - 150 * v);
        int g = v > 0 ? 170 : (int) (170 + 30 * v);
        int b = (int) (180 - 120 * Math.abs(v));
        return String.format("#%02x%02x%02x", r, g, b);
    }

    static String escape(String s) {
        return org.emodisparity.model.Html.escape(s);
    }
}
