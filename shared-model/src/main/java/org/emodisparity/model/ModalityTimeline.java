package org.emodisparity.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One modality stage's result for a session, stored at {@code work/{clinic}/{session}/parts/{stage}.json}.
 * When {@code availability} is not AVAILABLE, {@code windows} is empty and {@code reason}/{@code message} say
 * why: a modality with no model says so instead of inventing labels.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModalityTimeline(int schemaVersion, String clinicId, String sessionId, Stage stage,
                               Availability availability, ReasonCode reason, String message,
                               List<String> modelIds, List<WindowEstimate> windows, Map<String, Object> extras) {

    public enum Availability { AVAILABLE, UNAVAILABLE, SKIPPED, FAILED }

    public ModalityTimeline {
        modelIds = modelIds == null ? List.of() : List.copyOf(modelIds);
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    /** A timeline that records why there are no estimates. */
    public static ModalityTimeline without(SessionRef s, Stage stage, Availability availability, ReasonCode reason,
                                           String message) {
        if (availability == Availability.AVAILABLE) {
            throw new IllegalArgumentException("an AVAILABLE timeline needs estimates");
        }
        return new ModalityTimeline(Contract.SCHEMA_VERSION, s.clinicId(), s.sessionId(), stage, availability,
                reason, message, List.of(), List.of(), null);
    }

    /**
     * The estimate of one modality for one time unit. {@code distribution} is null when the window has no
     * usable input (no face, no speech, no words) and {@code note} says which; a modality that measures only
     * arousal (the voice's prosody) fills {@code arousal} and leaves {@code distribution} null.
     * {@code modelId} names the catalog model that produced the numbers. {@code evidence} holds what a clinician
     * can check: vocal cues, the words said, the frame times a face was seen.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WindowEstimate(int window, double start, double end, Map<Emotion, Double> distribution,
                                 Double valence, Double arousal, Double confidence, String modelId, String note,
                                 Map<String, Object> evidence) {
        public WindowEstimate(int window, double start, double end, Map<Emotion, Double> distribution, Double valence,
                              Double arousal, Double confidence, String modelId, String note) {
            this(window, start, end, distribution, valence, arousal, confidence, modelId, note, null);
        }

        /** A window in which the modality had nothing to measure, and why ("no face", "no speech"). */
        public static WindowEstimate nothing(TimeWindow w, String note) {
            return new WindowEstimate(w.index(), w.start(), w.end(), null, null, null, null, null, note, null);
        }
    }
}
