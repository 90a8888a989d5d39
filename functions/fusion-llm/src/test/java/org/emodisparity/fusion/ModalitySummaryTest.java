package org.emodisparity.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.Contract;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.Stage;
import org.junit.jupiter.api.Test;

/** An analysed modality that found nothing says what and over how much media, not "0 time units". */
class ModalitySummaryTest {

    private static ModalityTimeline timeline(Stage stage, List<WindowEstimate> windows) {
        return new ModalityTimeline(Contract.SCHEMA_VERSION, "c", "s", stage, ModalityTimeline.Availability.AVAILABLE,
                null, null, List.of("m"), windows, null);
    }

    private static List<WindowEstimate> windows(int n, String note, Double arousal) {
        List<WindowEstimate> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(new WindowEstimate(i, i * 1.25, i * 1.25 + 2.5, null, null, arousal, null, null, note));
        }
        return w;
    }

    @Test
    void tenMinutesWithoutAFaceSaySo() {
        Report.ModalitySummary face = Report.ModalitySummary.of(timeline(Stage.FACE, windows(479, "no face", null)));
        assertEquals(ModalityTimeline.Availability.AVAILABLE, face.availability());
        assertEquals(0, face.windowsWithEstimates());
        assertEquals("no face in any of 479 time units (10:00 of video)", face.message());
    }

    @Test
    void aVoiceWithOnlyProsodicArousalSaysItIsThere() {
        Report.ModalitySummary voice = Report.ModalitySummary.of(timeline(Stage.SPEECH, windows(8, null, 0.4)));
        assertEquals("vocal arousal only (no emotion-label model): 8 of 8 time units", voice.message());
    }

    @Test
    void aModalityWithEstimatesKeepsItsOwnWords() {
        List<WindowEstimate> w = new ArrayList<>(windows(3, "no face", null));
        w.add(new WindowEstimate(3, 3.75, 6.25, Map.of(Emotion.HAPPINESS, 1.0), 0.8, 0.5, 0.9, "m", null));
        assertNull(Report.ModalitySummary.of(timeline(Stage.FACE, w)).message());
    }
}
