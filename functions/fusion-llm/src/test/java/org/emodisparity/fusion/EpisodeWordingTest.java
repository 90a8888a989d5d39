package org.emodisparity.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.Stage;
import org.junit.jupiter.api.Test;

class EpisodeWordingTest {
    @Test
    void anEpisodeReadsAsTheFaceTheClientsWordsAndTheVoiceAgainstTheirUsualVoice() {
        Disparity.Episode e = new Disparity.Episode("E1", 67.5, 80.0, 0.7, List.of(Disparity.Pair.FACE_TEXT), List.of(
                new Disparity.ModalityView(Stage.FACE, Emotion.HAPPINESS, 0.82, 0.7, 0.4, 0.8, List.of("fer")),
                new Disparity.ModalityView(Stage.SPEECH, null, null, null, 0.62, 0.9, List.of("arousal")),
                new Disparity.ModalityView(Stage.TRANSCRIPT, Emotion.SADNESS, 0.71, -0.6, -0.3, 0.7, List.of("text"))),
                List.of(54, 55), Map.of("speech", Map.of("z F0 level", 1.46, "z loudness", 1.1, "z speaking rate", 0.3),
                        "transcribe-sentiment", Map.of("text", "I have felt so low since March.")));
        assertEquals(List.of(
                "Face: mostly happiness (82%) between 1:07 and 1:20.",
                "Voice: clearly more activated than the client's usual voice (pitch higher than usual, +1.5 SD, "
                        + "louder than usual, +1.1 SD).",
                "Words: sadness (71%) — the client said “I have felt so low since March.”"), EpisodeWording.explain(e));
        assertEquals("1:07:05", EpisodeWording.clock(4025.4));
        assertEquals("#t=67.50,80.00", EpisodeWording.fragment(67.5, 80));
    }
}
