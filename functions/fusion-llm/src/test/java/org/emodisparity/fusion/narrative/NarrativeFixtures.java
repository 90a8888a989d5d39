package org.emodisparity.fusion.narrative;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.fusion.Disparity;
import org.emodisparity.fusion.Disparity.Episode;
import org.emodisparity.fusion.Disparity.ModalityView;
import org.emodisparity.fusion.Disparity.Pair;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.Stage;

/** Disparities built by hand, with numbers chosen so the expected sentences are known. */
final class NarrativeFixtures {
    static final String SESSION_ID = "session-7f3a9c";
    static final String CLINIC_ID = "clinic-berlin-04";
    static final String UPLOAD_NAME = "patient_smith_2024-05-02.mp4";

    private NarrativeFixtures() {
    }

    static final ReportFacts THREE_MODALITIES = new ReportFacts(40.0, List.of(Stage.FACE, Stage.SPEECH, Stage.TRANSCRIPT));

    /**
     * E1 7.5–19.7 s: smiling face over sad words (peak 0.62); E2 25.0–30.0 s: high vocal arousal over neutral
     * words (peak 0.71, the strongest). Evidence includes identifiers that must never reach a prompt.
     */
    static Disparity twoEpisodes() {
        Map<String, Object> speech = new LinkedHashMap<>();
        speech.put("f0MedianHz", 212.4567);
        speech.put("loudnessDbfs", -18.2);
        speech.put("sourceFile", UPLOAD_NAME);
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("text", "I'm fine, really. It was a good week.");
        words.put("sessionId", SESSION_ID);
        words.put("clinic", CLINIC_ID);
        words.put("audio", "/data/uploads/" + UPLOAD_NAME);
        Map<String, Object> e1Evidence = new LinkedHashMap<>();
        e1Evidence.put(Stage.TRANSCRIPT.id(), words);
        e1Evidence.put(Stage.FACE.id(), Map.of("frameTimes", List.of(7.6, 8.0, 8.4)));
        Map<String, Object> e2Evidence = new LinkedHashMap<>();
        e2Evidence.put(Stage.SPEECH.id(), speech);
        e2Evidence.put(Stage.TRANSCRIPT.id(), Map.of("text", "Nothing much happened."));

        Episode e1 = new Episode("E1", 7.5, 19.7, 0.62, List.of(Pair.FACE_TEXT), List.of(
                view(Stage.FACE, Emotion.HAPPINESS, 0.82, 0.71),
                new ModalityView(Stage.SPEECH, null, null, null, 0.1, 0.8, List.of("prosody-v1")),
                view(Stage.TRANSCRIPT, Emotion.SADNESS, 0.77, -0.6)), List.of(6, 7, 8, 9, 10, 11, 12, 13, 14),
                e1Evidence);
        Episode e2 = new Episode("E2", 25.0, 30.0, 0.71, List.of(Pair.VOICE_TEXT), List.of(
                new ModalityView(Stage.SPEECH, null, null, null, 0.93, 0.8, List.of("prosody-v1")),
                view(Stage.TRANSCRIPT, Emotion.NEUTRAL, 0.66, 0.02)), List.of(20, 21, 22), e2Evidence);
        return new Disparity("test", 0.3, List.of(), List.of(e1, e2),
                Map.of(Stage.FACE, Emotion.HAPPINESS, Stage.TRANSCRIPT, Emotion.SADNESS), 0.55);
    }

    static Disparity noEpisode() {
        return new Disparity("test", 0.3, List.of(), List.of(),
                Map.of(Stage.FACE, Emotion.NEUTRAL, Stage.TRANSCRIPT, Emotion.NEUTRAL), 1.0);
    }

    static Disparity faceOnly() {
        return new Disparity("test", 0.3, List.of(), List.of(), Map.of(Stage.FACE, Emotion.SADNESS), null);
    }

    private static ModalityView view(Stage stage, Emotion label, double p, double valence) {
        return new ModalityView(stage, label, p, valence, 0.3, 0.9, List.of(stage.id() + "-model"));
    }
}
