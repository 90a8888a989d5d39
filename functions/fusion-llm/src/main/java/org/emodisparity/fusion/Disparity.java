package org.emodisparity.fusion;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.Stage;

/** The disparity section of the report: per-window scores and the episodes built from them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Disparity(String method, double threshold, List<WindowScore> windows, List<Episode> episodes,
                        Map<Stage, Emotion> dominant, Double congruenceRatio) {

    /**
     * A pair of modalities compared in one window: what the client says against what the face and the voice show.
     * Face against voice (both shown, neither said) is not disparity in the product's sense, so it is no pair.
     */
    public enum Pair {
        FACE_TEXT(Stage.FACE, Stage.TRANSCRIPT, "face vs words"), VOICE_TEXT(Stage.SPEECH, Stage.TRANSCRIPT, "voice vs words");

        public final Stage first;
        public final Stage second;
        private final String label;

        Pair(Stage first, Stage second, String label) {
            this.first = first;
            this.second = second;
            this.label = label;
        }

        /** How the report names the pair. */
        public String label() {
            return label;
        }
    }

    /** {@code pairs}: disagreement in [0, 1] per compared pair; {@code incongruence}: the largest of them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WindowScore(int window, double start, double end, Map<Pair, Double> pairs, Double incongruence) {
    }

    /** Per modality inside an episode: what it showed on average. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ModalityView(Stage stage, Emotion topLabel, Double probability, Double valence, Double arousal,
                               Double confidence, List<String> modelIds) {
    }

    /** A run of incongruent time units, with the evidence a clinician can check. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Episode(String id, double start, double end, double peakIncongruence, List<Pair> pairs,
                          List<ModalityView> modalities, List<Integer> windows, Map<String, Object> evidence) {
    }
}
