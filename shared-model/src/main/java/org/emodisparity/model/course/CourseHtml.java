package org.emodisparity.model.course;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The trend page of one client: one small chart per figure (sessions in date order, the client's earlier range
 * shaded, their median dashed, the latest session marked), the statement under it, and a table of the sessions.
 * Self-contained HTML with inline CSS and SVG and no script, so it passes the reports' content security policy and
 * prints as it shows.
 */
public final class CourseHtml {
    private static final int W = 320;
    private static final int H = 96;
    private static final int PAD = 8;

    private CourseHtml() {
    }

    public static String render(ClientCourse course) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Course of client ").append(esc(course.clientRef())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:24px;color:#1d2430;max-width:1100px}")
                .append("h1{font-size:22px;margin:0 0 4px}p.sub{color:#5a6270;margin:0 0 16px}")
                .append(".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:14px}")
                .append(".fig{border:1px solid #d8dce3;border-radius:6px;padding:10px;break-inside:avoid}")
                .append(".fig h2{font-size:14px;margin:0 0 4px}.fig p{font-size:13px;margin:6px 0 0}")
                .append(".unit{color:#5a6270;font-weight:normal}")
                .append("table{border-collapse:collapse;margin-top:18px;font-size:13px;width:100%}")
                .append("th,td{border-bottom:1px solid #e3e6eb;padding:4px 6px;text-align:left}")
                .append("ul.notes{font-size:13px;color:#5a6270}")
                .append("@media print{body{margin:10mm}.fig{page-break-inside:avoid}}")
                .append("</style></head><body>\n");
        List<SessionSummary> sessions = course.sessions();
        h.append("<h1>Course of client <span id=\"client-ref\">").append(esc(course.clientRef()))
                .append("</span></h1><p class=\"sub\">").append(sessions.size()).append(" session")
                .append(sessions.size() == 1 ? "" : "s");
        if (!sessions.isEmpty()) {
            h.append(", ").append(sessions.get(0).sessionDate()).append(" to ")
                    .append(sessions.get(sessions.size() - 1).sessionDate());
        }
        h.append(". The latest session against the client's own earlier sessions: shaded band = their range, "
                + "dashed line = their median, large dot = the latest session.</p>\n<div class=\"grid\">\n");
        for (ClientCourse.Figure f : course.figures()) {
            h.append("<section class=\"fig\" id=\"fig-").append(esc(f.key())).append("\"><h2>").append(esc(f.label()))
                    .append(" <span class=\"unit\">(").append(esc(f.unit())).append(")</span></h2>");
            h.append(chart(f));
            if (f.statement() != null) {
                h.append("<p class=\"statement\">").append(esc(f.statement())).append("</p>");
            }
            h.append("</section>\n");
        }
        h.append("</div>\n<table id=\"sessions\"><thead><tr><th>Date</th><th>Session</th><th>Minutes</th>")
                .append("<th>Episodes</th><th>Disagreement min/h</th><th>Client talk share</th><th>Face</th>")
                .append("<th>Voice</th><th>Words</th></tr></thead><tbody>\n");
        for (SessionSummary s : sessions) {
            h.append("<tr><td>").append(s.sessionDate()).append("</td><td>").append(esc(s.sessionId()))
                    .append("</td><td>").append(fmt(s.durationSeconds() / 60)).append("</td><td>").append(s.episodes())
                    .append("</td><td>").append(fmt(s.episodeMinutesPerHour())).append("</td><td>")
                    .append(s.clientTalkShare() == null ? "—" : fmt(s.clientTalkShare())).append("</td><td>")
                    .append(esc(s.dominant().getOrDefault("face", "—"))).append("</td><td>")
                    .append(esc(s.dominant().getOrDefault("voice", "—"))).append("</td><td>")
                    .append(esc(s.dominant().getOrDefault("words", "—"))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<ul class=\"notes\">");
        for (String n : course.notes()) {
            h.append("<li>").append(esc(n)).append("</li>");
        }
        h.append("<li>These are model estimates of expressed emotion, not a clinical assessment.</li></ul>\n")
                .append("</body></html>\n");
        return h.toString();
    }

    private static String chart(ClientCourse.Figure f) {
        List<ClientCourse.Point> points = f.points();
        List<Double> values = points.stream().map(ClientCourse.Point::value).filter(Objects::nonNull).toList();
        StringBuilder s = new StringBuilder("<svg role=\"img\" width=\"" + W + "\" height=\"" + H + "\" viewBox=\"0 0 "
                + W + " " + H + "\" aria-label=\"" + esc(f.label()) + " per session\">");
        if (values.isEmpty()) {
            return s.append("<text x=\"").append(PAD).append("\" y=\"").append(H / 2)
                    .append("\" font-size=\"12\" fill=\"#5a6270\">not measured</text></svg>").toString();
        }
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (hi - lo < 1e-9) {
            lo -= 0.5;
            hi += 0.5;
        }
        double fLo = lo;
        double fHi = hi;
        int n = points.size();
        java.util.function.IntFunction<Double> x = i -> n == 1 ? W / 2.0 : PAD + 30 + i * (W - 2.0 * PAD - 30) / (n - 1);
        java.util.function.DoubleUnaryOperator y = v -> H - PAD - (v - fLo) / (fHi - fLo) * (H - 2.0 * PAD - 12);
        if (f.min() != null && f.max() != null) {
            double top = y.applyAsDouble(f.max());
            double bottom = y.applyAsDouble(f.min());
            s.append(String.format(Locale.ROOT, "<rect class=\"range\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
                    + "fill=\"#dfe8f5\"/>", PAD + 30, top, W - 2 * PAD - 30, Math.max(1, bottom - top)));
        }
        if (f.median() != null) {
            double my = y.applyAsDouble(f.median());
            s.append(String.format(Locale.ROOT, "<line class=\"median\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#6b7a90\" stroke-dasharray=\"4 3\"/>", PAD + 30, W - PAD, my, my));
        }
        s.append("<text x=\"2\" y=\"").append(String.format(Locale.ROOT, "%.1f", y.applyAsDouble(hi) + 4))
                .append("\" font-size=\"10\" fill=\"#5a6270\">").append(fmt(hi)).append("</text>");
        s.append("<text x=\"2\" y=\"").append(String.format(Locale.ROOT, "%.1f", y.applyAsDouble(lo)))
                .append("\" font-size=\"10\" fill=\"#5a6270\">").append(fmt(lo)).append("</text>");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Double v = points.get(i).value();
            if (v != null) {
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(i), y.applyAsDouble(v)));
            }
        }
        s.append("<polyline fill=\"none\" stroke=\"#2f5d9e\" stroke-width=\"1.5\" points=\"")
                .append(line.toString().strip()).append("\"/>");
        for (int i = 0; i < n; i++) {
            Double v = points.get(i).value();
            if (v == null) {
                continue;
            }
            boolean latest = i == n - 1;
            s.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\">"
                            + "<title>%s: %s</title></circle>", latest ? "point latest" : "point", x.apply(i),
                    y.applyAsDouble(v), latest ? 5 : 3, latest ? "#c2410c" : "#2f5d9e",
                    points.get(i).date(), fmt(v)));
        }
        return s.append("</svg>").toString();
    }

    private static String fmt(double v) {
        return ClientCourse.format(v);
    }

    private static String esc(String s) {
        return org.emodisparity.model.Html.escape(s);
    }
}
