package org.emodisparity.fusion.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emodisparity.fusion.Disparity;
import org.emodisparity.fusion.Disparity.Episode;
import org.emodisparity.fusion.Disparity.ModalityView;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.Stage;

/**
 * Writes the narrative from the numbers alone, without a language model: the dominant emotion per modality, the
 * share of congruent time units and the strongest episodes. The same disparity always gives the same text.
 */
public final class TemplateNarrator implements NarrativeWriter {
    /** Statements for at most this many episodes, strongest first: the rest are in the report's table. */
    static final int MAX_EPISODES = 5;

    @Override
    public Narrative narrate(Disparity disparity, ReportFacts facts) {
        List<Episode> strongest = strongest(disparity.episodes(), MAX_EPISODES);
        List<Narrative.Statement> statements = strongest.stream()
                .map(e -> new Narrative.Statement(describe(e), List.of(e.id()))).toList();
        List<String> ids = disparity.episodes().stream().map(Episode::id).toList();
        return Narrative.cited(Narrative.TEMPLATE, null, summary(disparity, facts, strongest), statements, ids);
    }

    /** By peak incongruence, highest first; earlier first on a tie so the order is stable. */
    static List<Episode> strongest(List<Episode> episodes, int limit) {
        return episodes.stream().sorted(Comparator.comparingDouble(Episode::peakIncongruence).reversed()
                .thenComparingDouble(Episode::start)).limit(limit).toList();
    }

    private static String summary(Disparity d, ReportFacts facts, List<Episode> strongest) {
        String recording = "the " + Wording.seconds(facts.durationSeconds()) + " s recording";
        List<String> sentences = new ArrayList<>();
        String dominant = dominant(d.dominant());
        if (facts.modalitiesWithEstimates().size() < 2) {
            String which = facts.modalitiesWithEstimates().isEmpty() ? "No modality"
                    : "Only the " + Wording.modality(facts.modalitiesWithEstimates().get(0));
            sentences.add(which + " produced estimates for " + recording + ": fewer than two modalities, so there "
                    + "was nothing to compare and no disagreement can be reported.");
            if (!dominant.isEmpty()) {
                sentences.add("The dominant expressed emotion was " + dominant + ".");
            }
            return String.join(" ", sentences);
        }
        sentences.add(dominant.isEmpty() ? "No modality gave a label distribution for " + recording + "."
                : "Over " + recording + ", the dominant expressed emotion was " + dominant + ".");
        sentences.add(d.congruenceRatio() == null
                ? "No time unit had estimates from two modalities at once, so agreement could not be measured."
                : "The modalities agreed in " + Wording.percent(d.congruenceRatio())
                        + " of the compared time units (disagreement threshold " + Wording.score(d.threshold()) + ").");
        if (strongest.isEmpty()) {
            sentences.add("No episode of disagreement was found.");
        } else {
            Episode top = strongest.get(0);
            int n = d.episodes().size();
            sentences.add((n == 1 ? "One episode of disagreement was found: " : n + " episodes of disagreement were "
                    + "found; the strongest was ") + top.id() + " (" + Wording.timeRange(top.start(), top.end())
                    + ", peak incongruence " + Wording.score(top.peakIncongruence()) + ").");
        }
        return String.join(" ", sentences);
    }

    /** "happiness in the face and sadness in the words". */
    private static String dominant(Map<Stage, Emotion> dominant) {
        List<String> parts = Stage.MODALITIES.stream().filter(dominant::containsKey)
                .map(s -> dominant.get(s).label() + " in the " + Wording.modality(s)).toList();
        return join(parts, " and ");
    }

    /** "E1 (7.5–19.7 s): the face showed happiness (0.82) while the words were sad (0.77); peak incongruence 0.62." */
    static String describe(Episode e) {
        Set<Stage> involved = EnumSet.noneOf(Stage.class);
        e.pairs().forEach(p -> {
            involved.add(p.first);
            involved.add(p.second);
        });
        List<String> views = new ArrayList<>();
        for (ModalityView v : e.modalities()) {
            if (involved.isEmpty() || involved.contains(v.stage())) {
                String text = view(v);
                if (text != null) {
                    views.add(text);
                }
            }
        }
        String what = views.isEmpty() ? "the modalities disagreed"
                : views.get(0) + (views.size() > 1 ? " while " + join(views.subList(1, views.size()), " and ") : "");
        return e.id() + " (" + Wording.timeRange(e.start(), e.end()) + "): " + what + "; peak incongruence "
                + Wording.score(e.peakIncongruence()) + ".";
    }

    private static String view(ModalityView v) {
        if (v.topLabel() != null && v.probability() != null) {
            String p = " (" + Wording.score(v.probability()) + ")";
            return switch (v.stage()) {
                case FACE -> "the face showed " + v.topLabel().label() + p;
                case SPEECH -> "the voice sounded " + Wording.adjective(v.topLabel()) + p;
                default -> "the " + Wording.modality(v.stage()) + " were " + Wording.adjective(v.topLabel()) + p;
            };
        }
        if (v.arousal() != null) {
            return "the " + Wording.modality(v.stage()) + "'s arousal was " + Wording.score(v.arousal());
        }
        return null;
    }

    private static String join(List<String> parts, String last) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + last + parts.get(parts.size() - 1);
    }
}
