package org.emodisparity.embedded;

import static org.emodisparity.embedded.ReportSpeakers.client;
import static org.emodisparity.embedded.ReportSpeakers.overlapWithTruth;
import static org.emodisparity.embedded.ReportSpeakers.timeline;
import static org.emodisparity.embedded.ReportSpeakers.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emodisparity.fixtures.Dialogue;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A therapist and a client taking turns in one mixed track, built from real voices of {@code ../shared}: the
 * therapist is JFK (male, 16 kHz), the client a LibriVox reader (female). End to end through {@code analyze} with
 * the real VAD and text models: the report names who spoke when, and the voice and words timelines are the
 * client's alone.
 */
@QuarkusMainTest
class TwoPersonSessionTest {
    static final String THERAPIST = "Dr Lee";
    static final String CLIENT = "Ann";

    @TempDir
    static Path dir;
    static Dialogue.Built session;

    @BeforeAll
    static void buildSession() throws Exception {
        TestBucket.empty();
        session = Dialogue.jfkAndLibrivox(THERAPIST, CLIENT).build(dir.resolve("session"));
    }

    JsonNode analyse(QuarkusMainLauncher launcher, String name, String... options) throws Exception {
        RequiredModels.assumeOrFail("silero-vad");
        RequiredModels.assumeOrFail("bge-small-en-v15-q");
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("analyze", session.mixed().toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        LaunchResult result = launcher.launch(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        return Contract.json().readTree(Files.readAllBytes(out.resolve("report.json")));
    }

    /** The voice timeline has estimates only where the client speaks, and none where only the therapist does. */
    static void voiceIsTheClients(JsonNode report) {
        int clientWindows = 0;
        for (JsonNode w : timeline(report, "SPEECH").path("windows")) {
            ReportSpeakers.Talk talk = ReportSpeakers.talk(session, CLIENT, w);
            if (talk.client() == 0 && talk.others() > 1.0) {
                assertTrue(w.path("arousal").isMissingNode(), "therapist-only window scored: " + w);
                assertEquals("no speech of the client", w.path("note").asText(), w.toString());
            }
            if (talk.client() > 1.5 && w.has("arousal")) {
                clientWindows++;
            }
        }
        assertTrue(clientWindows >= 5, "the client's windows carry the voice: " + clientWindows);
    }

    @Test
    void aSpeakerNamedTranscriptGivesTheTurnsAndOnlyTheClientsVoiceAndWords(QuarkusMainLauncher launcher)
            throws Exception {
        JsonNode report = analyse(launcher, "named", "--transcript", session.transcript().toString(),
                "--client-speaker", CLIENT);
        JsonNode speakers = report.path("speakers");
        assertEquals("transcript", speakers.path("source").asText(), speakers.toString());
        assertEquals(2, speakers.path("speakers").size());
        JsonNode client = client(report);
        assertEquals(CLIENT, client.path("name").asText());
        assertEquals("client", client.path("role").asText());
        double precision = overlapWithTruth(session, client.path("turns"), CLIENT) / total(client.path("turns"));
        double recall = overlapWithTruth(session, client.path("turns"), CLIENT) / session.seconds(CLIENT);
        assertTrue(precision >= 0.9 && recall >= 0.9, "client speech time precision " + precision + " recall " + recall);
        assertTrue(client.path("stats").path("talkShare").asDouble() > 0.5, client.toString());
        assertEquals(2, client.path("stats").path("turnCount").asInt());
        voiceIsTheClients(report);

        // the words compared with the face are the client's; the therapist's are context without scores
        for (JsonNode w : timeline(report, "TRANSCRIPT").path("windows")) {
            String text = w.path("evidence").path("text").asText("");
            assertTrue(!text.contains("country"), "a therapist sentence in the words timeline: " + w);
        }
        int context = 0;
        for (JsonNode s : timeline(report, "TRANSCRIPT").path("extras").path("sentences")) {
            if (s.path("role").asText().equals("clinician")) {
                context++;
                assertTrue(s.path("labels").isMissingNode(), "context only: " + s);
            }
        }
        assertTrue(context >= 2, "the therapist's sentences are kept as context");
        String html = Files.readString(dir.resolve("named").resolve("report.html"));
        assertTrue(html.contains("who speaks") && html.contains("Who spoke"), "speaker band and table");
    }

    @Test
    void perParticipantAudioGivesEachPersonTheirOwnTurns(QuarkusMainLauncher launcher) throws Exception {
        JsonNode report = analyse(launcher, "participants",
                "--participant-audio", THERAPIST + "=" + session.tracks().get(THERAPIST),
                "--participant-audio", CLIENT + "=" + session.tracks().get(CLIENT),
                "--client-speaker", CLIENT);
        assertEquals("participant-audio", report.path("speakers").path("source").asText());
        JsonNode client = client(report);
        assertEquals(CLIENT, client.path("name").asText());
        double precision = overlapWithTruth(session, client.path("turns"), CLIENT) / total(client.path("turns"));
        double recall = overlapWithTruth(session, client.path("turns"), CLIENT) / session.seconds(CLIENT);
        assertTrue(precision >= 0.9 && recall >= 0.9, "client speech time precision " + precision + " recall " + recall);
        voiceIsTheClients(report);
    }

    @Test
    void withoutNamesTheVoicesAreToldApartAndTheClinicianVoiceSampleSaysWhoIsTheClient(QuarkusMainLauncher launcher)
            throws Exception {
        // the sample: JFK's first words, which the session does not contain
        float[] jfk = Dialogue.read(SharedMedia.jfkWav());
        Path sample = Dialogue.write(dir.resolve("clinician.wav"), java.util.Arrays.copyOf(jfk, (int) (3.3 * 16000)));
        JsonNode report = analyse(launcher, "diarised", "--clinician-voice", sample.toString());
        JsonNode speakers = report.path("speakers");
        assertEquals("diarisation", speakers.path("source").asText(), speakers.toString());
        assertEquals(2, speakers.path("speakers").size(), speakers.toString());
        JsonNode client = client(report);
        assertTrue(speakers.path("clientBasis").asText().contains("clinician's voice sample"), speakers.toString());
        double precision = overlapWithTruth(session, client.path("turns"), CLIENT) / total(client.path("turns"));
        double recall = overlapWithTruth(session, client.path("turns"), CLIENT) / session.seconds(CLIENT);
        assertTrue(precision >= 0.9 && recall >= 0.8, "client speech time precision " + precision + " recall " + recall);
        voiceIsTheClients(report);
    }

    @Test
    void withoutNamesOrAVoiceSampleTheClientIsUnknownAndSaidSo(QuarkusMainLauncher launcher) throws Exception {
        JsonNode report = analyse(launcher, "anonymous");
        JsonNode speakers = report.path("speakers");
        assertEquals(2, speakers.path("speakers").size(), speakers.toString());
        assertTrue(speakers.path("clientId").isMissingNode());
        assertTrue(speakers.path("clientBasis").asText().startsWith("not identified"), speakers.toString());
    }

    @Test
    void aClientNameNotInTheSessionIsSaidAndNothingIsAttributedSilently(QuarkusMainLauncher launcher)
            throws Exception {
        JsonNode report = analyse(launcher, "wrong-name", "--transcript", session.transcript().toString(),
                "--client-speaker", "Bob");
        JsonNode speakers = report.path("speakers");
        assertTrue(speakers.path("clientId").isMissingNode(), speakers.toString());
        assertTrue(speakers.path("notes").get(0).asText().contains("\"Bob\" is not among the speakers"),
                speakers.toString());
        for (JsonNode s : speakers.path("speakers")) {
            assertEquals("unknown", s.path("role").asText());
        }
        for (JsonNode w : timeline(report, "SPEECH").path("windows")) {
            assertTrue(w.path("arousal").isMissingNode(), "no voice compared while the client is unknown");
        }
        assertTrue(Files.readString(dir.resolve("wrong-name").resolve("report.html"))
                .contains("The client is not identified"));
    }
}
