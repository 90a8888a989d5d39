package org.emodisparity.fusion.narrative;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.emodisparity.fusion.Disparity;
import org.emodisparity.fusion.Disparity.Episode;
import org.emodisparity.fusion.Disparity.ModalityView;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.Stage;

/**
 * The chat messages for the narrative model. They carry only computed evidence: episode ids and times, labels and
 * scores, vocal cue numbers and the short transcript excerpts already in the episode evidence. Nothing that
 * identifies the clinic, session, upload or model files reaches the model; evidence entries whose key or value
 * looks like an identifier or a path are left out.
 */
record NarrativePrompt(String system, String user, List<String> episodeIds) {
    /** Episodes described to the model, strongest first; the prompt (and the citation enum) stay bounded. */
    static final int MAX_EPISODES = 12;
    static final int MAX_EXCERPT = 200;

    static final String SYSTEM = """
            You write the narrative section of a report for a clinician. It describes where, in a recorded \
            therapy session, a client's facial expression, voice and words expressed different emotions, as \
            estimated by models.
            Rules:
            - Use only the evidence given. Do not invent events, causes, diagnoses or advice.
            - Describe what each channel expressed (e.g. "the face showed happiness while the words were sad"), \
            not what the client felt.
            - Every statement cites, in "episodes", the ids of the episodes it is about.
            - Mention times in seconds and the scores that support a statement.
            - Answer with JSON only: {"summary": "two to four sentences", "statements": [{"text": "...", \
            "episodes": ["E1"]}]}.""";

    // Keys and values that could identify a person, a session or a file: never sent to the model.
    private static final Pattern IDENTIFYING_KEY = Pattern.compile(
            "(?i).*(id|ids|name|file|path|url|uri|key|sha|hash|clinic|session|speaker)$|(?i)^(id|file|path|url).*");
    private static final Pattern IDENTIFYING_VALUE = Pattern.compile(
            "(?i)^\\S*[/\\\\]\\S*$|.*://.*|.*\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b.*"
                    + "|.*\\.(mp4|mov|mkv|webm|wav|mp3|m4a|json|gguf|onnx)\\b.*");
    private static final ObjectMapper JSON = new ObjectMapper();

    static NarrativePrompt of(Disparity d, ReportFacts facts) {
        List<Episode> episodes = TemplateNarrator.strongest(d.episodes(), MAX_EPISODES).stream()
                .sorted(Comparator.comparingDouble(Episode::start)).toList();
        StringBuilder u = new StringBuilder();
        u.append("Recording length: ").append(Wording.seconds(facts.durationSeconds())).append(" s.\n");
        u.append("Channels with estimates: ").append(String.join(", ",
                facts.modalitiesWithEstimates().stream().map(Wording::modality).toList())).append(".\n");
        List<String> dominant = new ArrayList<>();
        for (Stage s : Stage.MODALITIES) {
            Emotion e = d.dominant().get(s);
            if (e != null) {
                dominant.add(Wording.modality(s) + " " + e.label());
            }
        }
        if (!dominant.isEmpty()) {
            u.append("Dominant expressed emotion over the session: ").append(String.join("; ", dominant)).append(".\n");
        }
        if (d.congruenceRatio() != null) {
            u.append("Time units where the channels agreed: ").append(Wording.percent(d.congruenceRatio()))
                    .append(" (disagreement threshold ").append(Wording.score(d.threshold())).append(").\n");
        }
        u.append(d.episodes().size()).append(" episode(s) of disagreement");
        if (episodes.size() < d.episodes().size()) {
            u.append(", the ").append(episodes.size()).append(" strongest listed");
        }
        u.append(". Scores are in [0, 1]; valence and arousal in [-1, 1].\n");
        for (Episode e : episodes) {
            episode(u, e);
        }
        return new NarrativePrompt(SYSTEM, u.toString(), episodes.stream().map(Episode::id).toList());
    }

    private static void episode(StringBuilder u, Episode e) {
        u.append("\n").append(e.id()).append(": ").append(Wording.timeRange(e.start(), e.end()))
                .append(", peak incongruence ").append(Wording.score(e.peakIncongruence()));
        if (!e.pairs().isEmpty()) {
            u.append(", disagreeing: ").append(String.join(", ", e.pairs().stream()
                    .map(p -> Wording.modality(p.first) + " vs " + Wording.modality(p.second)).toList()));
        }
        u.append("\n");
        for (ModalityView v : e.modalities()) {
            u.append("  ").append(Wording.modality(v.stage())).append(":");
            if (v.topLabel() != null) {
                u.append(" ").append(v.topLabel().label());
            }
            field(u, "probability", v.probability());
            field(u, "valence", v.valence());
            field(u, "arousal", v.arousal());
            field(u, "confidence", v.confidence());
            u.append("\n");
        }
        for (Stage s : Stage.MODALITIES) {
            if (e.evidence() != null && e.evidence().get(s.id()) instanceof Map<?, ?> m) {
                String cues = evidence(m);
                if (!cues.isEmpty()) {
                    u.append("  ").append(Wording.modality(s)).append(" evidence:").append(cues).append("\n");
                }
            }
        }
    }

    private static void field(StringBuilder u, String name, Double value) {
        if (value != null) {
            u.append(" ").append(name).append("=").append(Wording.score(value));
        }
    }

    /** Numbers as they are, text as a short quoted excerpt; lists (frame times) and nested maps are left out. */
    static String evidence(Map<?, ?> evidence) {
        StringBuilder sb = new StringBuilder();
        evidence.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (IDENTIFYING_KEY.matcher(key).matches()) {
                return;
            }
            if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                sb.append(" ").append(key).append("=").append(Wording.number(n.doubleValue()));
            } else if (v instanceof String s && !s.isBlank() && !IDENTIFYING_VALUE.matcher(s.strip()).matches()) {
                String excerpt = s.strip().length() > MAX_EXCERPT ? s.strip().substring(0, MAX_EXCERPT - 1) + "…"
                        : s.strip();
                sb.append(" ").append(key).append("=").append(quoted(excerpt));
            }
        });
        return sb.toString();
    }

    private static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s); // escapes quotes and newlines: the excerpt stays one value
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
