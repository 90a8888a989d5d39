package org.emodisparity.model.speakers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who spoke when in a session, and which speaker is the client. Written by the speech stage (into its part's
 * extras as {@code speakers}) and shown at the top of {@code report.json}.
 *
 * @param source where the turns come from, the most trusted source the session had (see {@link Source})
 * @param clientId the id of the client's speaker, or null when the client could not be identified
 * @param clientBasis how the client was identified, in words ("named by the clinic: --client-speaker"), or why not
 * @param speakers every speaker with their turns, in order of first speech
 * @param notes what the attribution could not do (overlapping speech, a client name not found...)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionSpeakers(Source source, String clientId, String clientBasis, List<Speaker> speakers,
                              List<String> notes) {

    /** Where speaker turns come from, in the order of trust in which they are used. */
    public enum Source {
        /** one audio file (or stream) per participant: each file's speech is that participant's */
        PARTICIPANT_AUDIO,
        /** speaker names in the uploaded transcript (WebVTT voice spans, {@code Name:} prefixes) */
        TRANSCRIPT,
        /** an uploaded active-speaker timeline (Zoom) */
        TIMELINE,
        /** found from the mixed audio track alone (speaker diarisation) */
        DIARISATION,
        /** nothing to tell speakers apart: all speech is taken to be one speaker's */
        SINGLE_TRACK;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum Role {
        CLIENT, CLINICIAN, UNKNOWN;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A stretch of one speaker's speech, seconds from the start of the recording. */
    public record Turn(double start, double end) {
        public Turn {
            if (!(start >= 0) || !(end > start) || !Double.isFinite(end)) {
                throw new IllegalArgumentException("invalid turn [" + start + ", " + end + ")");
            }
        }

        public double duration() {
            return end - start;
        }

        /** Seconds of overlap with [from, to). */
        public double overlap(double from, double to) {
            return Math.max(0, Math.min(end, to) - Math.max(start, from));
        }
    }

    /**
     * One speaker. {@code id} is stable within the session ("S1", "S2" in order of first speech); {@code name} is
     * what the transcript or the participant file calls them (null after diarisation).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speaker(String id, Role role, String name, Source source, List<Turn> turns, SpeakerStats stats) {
        public Speaker {
            turns = List.copyOf(turns);
        }

        public Speaker withRole(Role r) {
            return new Speaker(id, r, name, source, turns, stats);
        }

        public Speaker withStats(SpeakerStats s) {
            return new Speaker(id, role, name, source, turns, s);
        }

        public double talkSeconds() {
            return turns.stream().mapToDouble(Turn::duration).sum();
        }

        /** Seconds of this speaker's turns within [from, to). */
        public double overlap(double from, double to) {
            return turns.stream().mapToDouble(t -> t.overlap(from, to)).sum();
        }
    }

    public SessionSpeakers {
        speakers = List.copyOf(speakers);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** No speech at all: no speakers. */
    public static SessionSpeakers none(Source source, String why) {
        return new SessionSpeakers(source, null, why, List.of(), List.of());
    }

    public Optional<Speaker> client() {
        return clientId == null ? Optional.empty()
                : speakers.stream().filter(s -> s.id().equals(clientId)).findFirst();
    }

    public Optional<Speaker> byId(String id) {
        return speakers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The speaker a name belongs to (trimmed, case-insensitive), if any. */
    public Optional<Speaker> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = SpeakerNames.normalise(name);
        return speakers.stream().filter(s -> s.name() != null && SpeakerNames.normalise(s.name()).equals(wanted))
                .findFirst();
    }

    /**
     * The speaker who talks most in [from, to), if anyone does; used to attribute a sentence that names no
     * speaker, or a window.
     */
    public Optional<Speaker> mostActive(double from, double to) {
        return speakers.stream().filter(s -> s.overlap(from, to) > 0)
                .max(Comparator.comparingDouble(s -> s.overlap(from, to)));
    }

    /** Builds speakers from named runs of speech, ids by first appearance, turns merged across short gaps. */
    public static List<Speaker> fromNamedTurns(List<NamedTurn> named, Source source, double mergeGapSeconds) {
        // one speaker per name as SpeakerNames compares them, spelt as first seen
        java.util.LinkedHashMap<String, String> order = new java.util.LinkedHashMap<>();
        named.stream().sorted(Comparator.comparingDouble(NamedTurn::start))
                .forEach(t -> order.putIfAbsent(SpeakerNames.normalise(t.name()), t.name()));
        List<Speaker> out = new ArrayList<>();
        int i = 0;
        for (var e : order.entrySet()) {
            List<Turn> turns = Turns.merge(named.stream()
                    .filter(t -> SpeakerNames.normalise(t.name()).equals(e.getKey()) && t.end() > t.start())
                    .map(t -> new Turn(t.start(), t.end())).toList(), mergeGapSeconds);
            out.add(new Speaker("S" + (++i), Role.UNKNOWN, e.getValue(), source, turns, null));
        }
        return out;
    }

    /** A run of speech with the name of its speaker. */
    public record NamedTurn(String name, double start, double end) {
    }
}
