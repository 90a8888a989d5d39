package org.emodisparity.fusion;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Variant;
import java.util.List;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Renders {@code report.html} with Qute: one self-contained file (inline CSS and SVG, no script, no network),
 * so it opens offline in any browser and can be archived with the session record.
 */
@ApplicationScoped
public class ReportRenderer {
    private final Template template;

    public ReportRenderer() {
        // A standalone engine: the template ships inside this function's jar and renders the same whether the
        // function runs alone or inside the embedded application.
        // HtmlEscaper escapes every value of a text/html template (transcript excerpts are user text).
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        this.template = engine.parse(resource("report.html"), Variant.forContentType(Variant.TEXT_HTML));
    }

    /** An episode as the report shows it: its time as a clickable range, its evidence in plain words. */
    public record EpisodeView(Disparity.Episode episode, String span, String fragment, List<String> lines) {
        static EpisodeView of(Disparity.Episode e) {
            return new EpisodeView(e, EpisodeWording.clock(e.start()) + "–" + EpisodeWording.clock(e.end()),
                    EpisodeWording.fragment(e.start(), e.end()), EpisodeWording.explain(e));
        }
    }

    public String render(Report report) {
        List<EpisodeView> episodes = report.disparity() == null ? List.of()
                : report.disparity().episodes().stream().map(EpisodeView::of).toList();
        return template.data("report", report)
                .data("episodes", episodes)
                .data("timeline", new RawString(TimelineSvg.render(report))) // built and escaped by TimelineSvg
                .data("duration", String.format(Locale.ROOT, "%.1f", report.media().durationSeconds()))
                .data("validation", DisparityAnalysis.VALIDATION)
                .render();
    }

    private static String resource(String name) {
        try (InputStream in = ReportRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("template missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
