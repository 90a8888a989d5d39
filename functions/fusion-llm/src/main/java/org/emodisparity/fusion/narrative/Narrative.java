package org.emodisparity.fusion.narrative;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.emodisparity.fusion.Report;

/**
 * The report's prose: a short summary and statements, each citing the disparity episodes ({@code "E1"}, …) it is
 * about, so a reader can check every claim against the numbers. {@code source} is {@value #TEMPLATE} (written
 * from the numbers by {@link TemplateNarrator}) or {@value #LLM} (written by the language model {@code model}).
 * The disclaimer is always {@link Report#DISCLAIMER} and closes the rendered text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Narrative(String source, String model, String summary, List<Statement> statements, String disclaimer) {
    public static final String TEMPLATE = "template";
    public static final String LLM = "llm";

    /** One claim and the episodes that support it (at least one, each an existing episode id). */
    public record Statement(String text, List<String> episodeIds) {
        public Statement {
            Objects.requireNonNull(text, "text");
            episodeIds = List.copyOf(episodeIds);
        }
    }

    public Narrative {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(summary, "summary");
        statements = List.copyOf(statements);
        Objects.requireNonNull(disclaimer, "disclaimer");
    }

    /**
     * A narrative whose statements cite only {@code existingEpisodeIds}: unknown ids are removed from a citation,
     * and a statement left with no citation (or no text) is dropped, since nothing backs it.
     */
    public static Narrative cited(String source, String model, String summary, List<Statement> statements,
                                  Collection<String> existingEpisodeIds) {
        List<Statement> kept = new ArrayList<>();
        for (Statement s : statements) {
            List<String> ids = s.episodeIds().stream().filter(existingEpisodeIds::contains).distinct().toList();
            if (!ids.isEmpty() && !s.text().isBlank()) {
                kept.add(new Statement(s.text().strip(), ids));
            }
        }
        return new Narrative(source, model, summary.strip(), kept, Report.DISCLAIMER);
    }

    /** Plain text: the summary, one line per statement with its citations, and the disclaimer last. */
    public String text() {
        StringBuilder sb = new StringBuilder(summary);
        if (!statements.isEmpty()) {
            sb.append("\n");
            for (Statement s : statements) {
                sb.append("\n- ").append(s.text()).append(" [").append(String.join(", ", s.episodeIds())).append("]");
            }
        }
        return sb.append("\n\n").append(disclaimer).toString();
    }
}
