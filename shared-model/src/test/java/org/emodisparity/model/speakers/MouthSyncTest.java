package org.emodisparity.model.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.emodisparity.model.speakers.SessionSpeakers.Role;
import org.emodisparity.model.speakers.SessionSpeakers.Source;
import org.emodisparity.model.speakers.SessionSpeakers.Speaker;
import org.emodisparity.model.speakers.SessionSpeakers.Turn;
import org.junit.jupiter.api.Test;

/** The decision rule of audio-visual synchrony: a clear difference names the face's voice, else nobody. */
class MouthSyncTest {
    static final SessionSpeakers TWO = new SessionSpeakers(Source.DIARISATION, null, "not identified", List.of(
            new Speaker("S1", Role.UNKNOWN, null, Source.DIARISATION, List.of(new Turn(0, 3), new Turn(6, 9)), null),
            new Speaker("S2", Role.UNKNOWN, null, Source.DIARISATION, List.of(new Turn(3, 6), new Turn(9, 12)), null)),
            List.of());

    static double[][] series(double s1Level, double s2Level, long seed) {
        Random r = new Random(seed);
        int n = 60; // 12 s at 5 samples per second
        double[][] out = new double[2][n];
        for (int i = 0; i < n; i++) {
            double t = 0.1 + i * 0.2;
            boolean s1 = t % 6 < 3;
            out[0][i] = t;
            out[1][i] = (s1 ? s1Level : s2Level) + 0.08 * r.nextGaussian();
        }
        return out;
    }

    @Test
    void theSpeakerTheMouthMovesWithIsChosenWithTheFiguresInWords() {
        double[][] m = series(0.2, 0.55, 1);
        MouthSync.Outcome o = MouthSync.compare(TWO, m[0], m[1]);
        assertEquals("S2", o.match().orElseThrow().speakerId());
        assertTrue(o.match().get().basis().contains("while S2 speaks"), o.match().get().basis());
        assertTrue(o.match().get().samples().get("S1") >= MouthSync.MIN_SAMPLES);
        SessionSpeakers resolved = SpeakerRoles.withClient(TWO, "S2", o.match().get().basis());
        assertEquals(Role.CLINICIAN, resolved.byId("S1").orElseThrow().role());
        assertEquals(Role.CLIENT, resolved.client().orElseThrow().role());
    }

    @Test
    void noClearDifferenceOrTooLittleSpeechChoosesNobody() {
        double[][] same = series(0.4, 0.42, 2);
        MouthSync.Outcome o = MouthSync.compare(TWO, same[0], same[1]);
        assertTrue(o.match().isEmpty());
        assertTrue(o.why().contains("about as much whoever speaks"), o.why());
        double[][] shortSeries = series(0.2, 0.6, 3);
        MouthSync.Outcome few = MouthSync.compare(TWO, java.util.Arrays.copyOf(shortSeries[0], 12),
                java.util.Arrays.copyOf(shortSeries[1], 12)); // 2.4 s: S2 has not spoken yet
        assertTrue(few.match().isEmpty());
        assertTrue(few.why().contains("could not be compared"), few.why());
    }
}
