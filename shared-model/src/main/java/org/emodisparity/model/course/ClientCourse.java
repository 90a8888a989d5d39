package org.emodisparity.model.course;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One client's course over their sessions: each figure of {@link SessionSummary} in date order, the client's own
 * median and range, and a statement about the latest session relative to the client's own earlier sessions — never
 * to population norms, which the models were not validated to give.
 *
 * @param clientRef the clinic's pseudonymous client reference
 * @param sessions the client's sessions, oldest first
 * @param figures one series per figure
 * @param notes what a reader must know to compare sessions (a model changed between sessions, too few sessions)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientCourse(String clinicId, String clientRef, List<SessionSummary> sessions, List<Figure> figures,
                           List<String> notes) {
    /** Earlier sessions needed before the latest one is compared with them. */
    public static final int MIN_EARLIER = 3;
    /** At most this many earlier sessions are compared ("than in 8 of the last 10 sessions"). */
    public static final int COMPARED = 10;

    /** The order of a client's sessions: the session's day, then when it was analysed, then its id. */
    public static final Comparator<SessionSummary> ORDER = Comparator.comparing(SessionSummary::sessionDate)
            .thenComparing(SessionSummary::analysedAt).thenComparing(SessionSummary::sessionId);

    /**
     * One figure across sessions. {@code median}, {@code min} and {@code max} are over the sessions before the
     * latest; {@code statement} compares the latest with them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(String key, String label, String unit, List<Point> points, Double median, Double min,
                         Double max, String statement) {
    }

    /** A figure's value in one session (null: not measured in that session). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(String sessionId, java.time.LocalDate date, Double value) {
    }

    private record Definition(String key, String label, String unit, String more, String less,
                              Function<SessionSummary, Double> value) {
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition("disagreement", "Time in disagreement episodes", "min/h",
                    "more disagreement between face, voice and words", "less disagreement between face, voice and words",
                    s -> s.episodeMinutesPerHour()),
            new Definition("congruence", "Agreement of the modalities", "share",
                    "more agreement between the modalities", "less agreement between the modalities",
                    SessionSummary::congruenceRatio),
            new Definition("talkShare", "Client's share of talk time", "share",
                    "a larger share of the talking", "a smaller share of the talking", SessionSummary::clientTalkShare),
            new Definition("faceValence", "Face valence (mean)", "-1..1", "a more positive face",
                    "a less positive face", s -> s.meanValence().get("face")),
            new Definition("wordsValence", "Words valence (mean)", "-1..1", "more positive words",
                    "less positive words", s -> s.meanValence().get("words")),
            new Definition("f0Range", "Pitch range", "semitones", "a livelier pitch", "a flatter pitch",
                    s -> s.voice().get("f0RangeSemitones")),
            new Definition("speakingRate", "Speaking rate", "syllables/s", "faster speech", "slower speech",
                    s -> s.voice().get("syllablesPerSecond")),
            new Definition("f0Median", "Pitch level (median F0)", "Hz", "a higher pitch", "a lower pitch",
                    s -> s.voice().get("f0MedianHz")),
            new Definition("loudness", "Loudness", "dBFS", "a louder voice", "a quieter voice",
                    s -> s.voice().get("loudnessDbfs")));

    /** The course of these sessions (any order; those of other clients must have been left out by the caller). */
    public static ClientCourse of(String clinicId, String clientRef, List<SessionSummary> summaries) {
        List<SessionSummary> sessions = summaries.stream().sorted(ORDER).toList();
        List<Figure> figures = new ArrayList<>();
        for (Definition d : DEFINITIONS) {
            figures.add(figure(d, sessions));
        }
        List<String> notes = new ArrayList<>();
        if (sessions.size() <= MIN_EARLIER) {
            notes.add(sessions.size() + " session" + (sessions.size() == 1 ? "" : "s") + ": a session is compared with "
                    + "the client's own earlier sessions once there are at least " + MIN_EARLIER + " of them.");
        }
        for (int i = 1; i < sessions.size(); i++) {
            // a modality read by other models than in the session before (a modality absent in one is no change)
            List<String> changed = new ArrayList<>();
            for (var now : sessions.get(i).models().entrySet()) {
                List<String> before = sessions.get(i - 1).models().get(now.getKey());
                if (before != null && !new TreeSet<>(before).equals(new TreeSet<>(now.getValue()))) {
                    changed.add(now.getKey() + ": " + String.join(", ", now.getValue()));
                }
            }
            if (!changed.isEmpty()) {
                notes.add("The models changed before the session of " + sessions.get(i).sessionDate() + " ("
                        + String.join("; ", changed) + "): compare across that date with care.");
            }
        }
        notes.add("Each statement compares this client with their own earlier sessions, never with other people.");
        return new ClientCourse(clinicId, clientRef, sessions, figures, notes);
    }

    private static Figure figure(Definition d, List<SessionSummary> sessions) {
        List<Point> points = sessions.stream()
                .map(s -> new Point(s.sessionId(), s.sessionDate(), d.value().apply(s))).toList();
        if (points.isEmpty() || points.get(points.size() - 1).value() == null) {
            return new Figure(d.key(), d.label(), d.unit(), points, null, null, null, points.isEmpty() ? null
                    : "Not measured in the latest session.");
        }
        double latest = points.get(points.size() - 1).value();
        List<Double> earlier = points.subList(0, points.size() - 1).stream().map(Point::value)
                .filter(java.util.Objects::nonNull).toList();
        earlier = earlier.subList(Math.max(0, earlier.size() - COMPARED), earlier.size());
        if (earlier.isEmpty()) {
            return new Figure(d.key(), d.label(), d.unit(), points, null, null, null, null);
        }
        List<Double> sorted = earlier.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        String statement = null;
        if (n >= MIN_EARLIER) {
            long below = earlier.stream().filter(v -> v < latest).count();
            long above = earlier.stream().filter(v -> v > latest).count();
            String last = n == 1 ? "the last session" : "the last " + n + " sessions";
            statement = below > above
                    ? capitalise(d.more()) + " than in " + below + " of " + last
                    : above > below ? capitalise(d.less()) + " than in " + above + " of " + last
                    : "Within the client's usual range over " + last;
            statement += " (this session " + format(latest) + " " + d.unit() + ", the client's median "
                    + format(median) + ").";
        }
        return new Figure(d.key(), d.label(), d.unit(), points, SessionSummary.round(median),
                sorted.get(0), sorted.get(n - 1), statement);
    }

    static String format(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
