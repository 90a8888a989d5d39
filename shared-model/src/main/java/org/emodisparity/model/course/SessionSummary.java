package org.emodisparity.model.course;

import org.emodisparity.model.StageRunner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Contract;

/**
 * The few figures of one session that a course over time compares, kept beside the report as
 * {@code reports/{clinic}/{session}/summary.json}. Computed from {@code report.json} alone ({@link #of}), so a
 * report written before summaries existed can be summarised again. Every figure is the client's: talk share from
 * the speakers block, valence and vocal cues from the client-only timelines. A figure the session could not measure
 * is null, never zero.
 *
 * @param clientRef the clinic's pseudonymous client reference, or null when the session was not linked to a client
 * @param sessionDate the day of the session (the clinic's date, or the analysis day when none was given)
 * @param clientTalkShare the client's share of all talk time (0-1), null when speakers were not told apart
 * @param congruenceRatio share of compared time units where the modalities agreed
 * @param episodes number of disparity episodes
 * @param episodeMinutesPerHour minutes inside episodes per hour of recording
 * @param dominant the most frequent label per modality ({@code face}, {@code voice}, {@code words})
 * @param meanValence mean valence per modality over its estimated windows
 * @param voice the client's vocal baseline of the session: {@code f0MedianHz}, {@code f0RangeSemitones},
 *        {@code loudnessDbfs}, {@code syllablesPerSecond}
 * @param models the models whose estimates the report holds, per modality (a course across a model change says so)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionSummary(int schemaVersion, String clinicId, String sessionId, String clientRef,
                             LocalDate sessionDate, Instant analysedAt, double durationSeconds, Double clientTalkShare,
                             Double congruenceRatio, int episodes, double episodeMinutesPerHour,
                             Map<String, String> dominant, Map<String, Double> meanValence, Map<String, Double> voice,
                             Map<String, List<String>> models) {
    public static final int SCHEMA_VERSION = 1;

    public SessionSummary {
        dominant = dominant == null ? Map.of() : Map.copyOf(dominant);
        meanValence = meanValence == null ? Map.of() : Map.copyOf(meanValence);
        voice = voice == null ? Map.of() : Map.copyOf(voice);
        models = models == null ? Map.of() : Map.copyOf(models);
    }

    /** The summary of a {@code report.json}; tolerant of older reports (missing blocks give null figures). */
    public static SessionSummary of(byte[] reportJson) {
        try {
            return of(Contract.json().readTree(reportJson));
        } catch (IOException e) {
            throw new UncheckedIOException("report.json is not readable", e);
        }
    }

    static SessionSummary of(JsonNode r) {
        Instant analysedAt = r.hasNonNull("analysedAt") ? Instant.parse(r.get("analysedAt").asText()) : Instant.EPOCH;
        LocalDate date = r.hasNonNull("sessionDate") ? LocalDate.parse(r.get("sessionDate").asText())
                : LocalDate.ofInstant(analysedAt, ZoneOffset.UTC);
        double duration = r.path("media").path("durationSeconds").asDouble(r.path("plan").path("durationSeconds").asDouble());
        JsonNode disparity = r.path("disparity");
        double episodeSeconds = 0;
        int episodes = 0;
        for (JsonNode e : disparity.path("episodes")) {
            episodes++;
            episodeSeconds += e.path("end").asDouble() - e.path("start").asDouble();
        }
        Map<String, String> dominant = new LinkedHashMap<>();
        disparity.path("dominant").fields().forEachRemaining(f ->
                dominant.put(modality(f.getKey()), f.getValue().asText().toLowerCase(java.util.Locale.ROOT)));
        Map<String, Double> valence = new LinkedHashMap<>();
        Map<String, List<String>> models = new java.util.TreeMap<>();
        Map<String, Double> voice = new LinkedHashMap<>();
        for (JsonNode t : r.path("timelines")) {
            String modality = modality(t.path("stage").asText());
            List<String> ids = new ArrayList<>();
            t.path("modelIds").forEach(m -> ids.add(m.asText()));
            if (!ids.isEmpty()) {
                models.put(modality, List.copyOf(ids));
            }
            double sum = 0;
            int n = 0;
            for (JsonNode w : t.path("windows")) {
                if (w.hasNonNull("valence")) {
                    sum += w.get("valence").asDouble();
                    n++;
                }
            }
            if (n > 0) {
                valence.put(modality, round(sum / n));
            }
            t.path("extras").path("clientVoice").fields().forEachRemaining(f -> {
                if (f.getValue().isNumber()) {
                    voice.put(f.getKey(), f.getValue().asDouble());
                }
            });
        }
        return new SessionSummary(SCHEMA_VERSION, r.path("clinicId").asText(null), r.path("sessionId").asText(null),
                r.path("clientRef").asText(null), date, analysedAt, round(duration), clientTalkShare(r.path("speakers")),
                disparity.hasNonNull("congruenceRatio") ? round(disparity.get("congruenceRatio").asDouble()) : null,
                episodes, duration > 0 ? round(episodeSeconds / 60 / (duration / 3600)) : 0, dominant, valence, voice,
                models);
    }

    /** The client's talk share, or null when the report has no speakers block or no client among them. */
    private static Double clientTalkShare(JsonNode speakers) {
        if (speakers.isMissingNode() || speakers.isNull()) {
            return null;
        }
        String clientId = speakers.path("clientId").asText(null);
        for (JsonNode s : speakers.path("speakers")) {
            if (clientId != null && clientId.equals(s.path("id").asText()) && s.path("stats").hasNonNull("talkShare")) {
                return round(s.path("stats").get("talkShare").asDouble());
            }
        }
        return null;
    }

    /** How a course names a modality stage: face, voice, words. */
    static String modality(String stage) {
        return switch (stage) {
            case "FACE", "face" -> "face";
            case "SPEECH", "speech" -> "voice";
            case "TRANSCRIPT", "transcribe-sentiment" -> "words";
            default -> stage.toLowerCase(java.util.Locale.ROOT);
        };
    }

    static double round(double v) {
        return StageRunner.round(v, 4);
    }
}
