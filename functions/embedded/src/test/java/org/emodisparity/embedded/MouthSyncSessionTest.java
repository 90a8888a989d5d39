package org.emodisparity.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emodisparity.fixtures.OnScreenDialogue;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A video call where nothing names the speakers (no transcript, no participant audio, no clinician sample): the
 * client on screen (a GRID speaker, male) and a clinician heard off screen (a LibriVox reader, female). The speech
 * stage finds two voices by diarisation but cannot say which is the client's; fusion gives the client role to the
 * voice the on-screen face's mouth moves with, and the voice timeline becomes that speaker's. Real media, the real
 * face, VAD and diarisation path, end to end through {@code analyze}.
 */
@QuarkusMainTest
class MouthSyncSessionTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void emptyBucket() throws Exception {
        TestBucket.empty();
    }

    @Test
    void theVoiceTheOnScreenMouthMovesWithIsTheClients(QuarkusMainLauncher launcher) throws Exception {
        RequiredModels.assumeOrFail("silero-vad");
        RequiredModels.assumeOrFail("fer-mini-xception");
        OnScreenDialogue.Built call = OnScreenDialogue.build(SharedMedia.gridBbaf2n(),
                SharedMedia.librivox("0870"), new double[][] {{0, 3.6}, {3.6, 7.1}}, dir.resolve("call.mp4"));
        Path out = dir.resolve("out");
        LaunchResult result = launcher.launch("analyze", call.video().toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        JsonNode report = Contract.json().readTree(Files.readAllBytes(out.resolve("report.json")));
        JsonNode speakers = report.path("speakers");
        assertEquals("diarisation", speakers.path("source").asText(), speakers.toString());
        assertEquals(2, speakers.path("speakers").size(), speakers.toString());
        String clientId = speakers.path("clientId").asText(null);
        assertTrue(clientId != null, "the client is found by the mouth: " + speakers);
        assertTrue(speakers.path("clientBasis").asText().contains("mouth"), speakers.path("clientBasis").asText());
        // the client's speaker is the one who speaks during the clip's turns
        double inClientTurns = 0;
        double total = 0;
        for (JsonNode s : speakers.path("speakers")) {
            if (!s.path("id").asText().equals(clientId)) {
                assertEquals("clinician", s.path("role").asText());
                continue;
            }
            assertEquals("client", s.path("role").asText());
            for (JsonNode turn : s.path("turns")) {
                double a = turn.path("start").asDouble();
                double b = turn.path("end").asDouble();
                total += b - a;
                for (double[] c : call.clientTurns()) {
                    inClientTurns += Math.max(0, Math.min(b, c[1]) - Math.max(a, c[0]));
                }
            }
        }
        assertTrue(total > 2 && inClientTurns / total > 0.8,
                "the client's speech lies in the on-screen speaker's turns: " + inClientTurns + " of " + total + " s");
        // the voice timeline is the client's: estimates in the client's turns, none while the clinician speaks
        JsonNode voice = null;
        for (JsonNode t : report.path("timelines")) {
            if (t.path("stage").asText().equals("SPEECH")) {
                voice = t;
            }
            if (t.path("stage").asText().equals("FACE")) {
                assertFalse(t.path("extras").has("mouthMotion"), "the motion series is not copied into the report");
            }
        }
        int scored = 0;
        int clinicianWindowsScored = 0;
        for (JsonNode w : voice.path("windows")) {
            if (w.hasNonNull("arousal")) {
                scored++;
                double mid = (w.path("start").asDouble() + w.path("end").asDouble()) / 2;
                for (double[] c : call.clinicianTurns()) {
                    if (mid > c[0] + 1.25 && mid < c[1] - 1.25) {
                        clinicianWindowsScored++;
                    }
                }
            }
        }
        assertTrue(scored >= 2, "the client's voice is scored: " + voice.path("windows"));
        assertEquals(0, clinicianWindowsScored, "no window inside the clinician's turns carries the client's voice");
    }
}
