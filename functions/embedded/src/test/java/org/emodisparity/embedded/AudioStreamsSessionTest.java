package org.emodisparity.embedded;

import static org.emodisparity.embedded.ReportSpeakers.client;
import static org.emodisparity.embedded.ReportSpeakers.overlapWithTruth;
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
import org.emodisparity.fixtures.MultiAudioRecording;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A video call exported with one audio stream per participant (the Pexels video; JFK as the therapist and a LibriVox
 * reader as the client on their own streams, alternating turns, from {@code ../shared}), end to end through
 * {@code analyze} with the real VAD and text models: the streams become the participants' own audio, the report names
 * them in {@code media.audio.tracks}, the speakers come from them, and the voice is the client's alone.
 */
@QuarkusMainTest
class AudioStreamsSessionTest {
    static final String THERAPIST = "Dr Lee";
    static final String CLIENT = "Ann";

    @TempDir
    static Path dir;
    static Dialogue.Built dialogue;
    static float[] therapist;
    static float[] client;

    @BeforeAll
    static void buildSession() throws Exception {
        TestBucket.empty();
        dialogue = Dialogue.jfkAndLibrivox(THERAPIST, CLIENT).build(dir.resolve("dialogue"));
        therapist = Dialogue.read(dialogue.tracks().get(THERAPIST));
        client = Dialogue.read(dialogue.tracks().get(CLIENT));
    }

    JsonNode analyse(QuarkusMainLauncher launcher, String name, Path video, String... options) throws Exception {
        RequiredModels.assumeOrFail("silero-vad");
        RequiredModels.assumeOrFail("bge-small-en-v15-q");
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("analyze", video.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        LaunchResult result = launcher.launch(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        return Contract.json().readTree(Files.readAllBytes(out.resolve("report.json")));
    }

    /** The client's turns are the client's placed turns, and the voice timeline is scored only where they speak. */
    static void theClientIsAnnAndTheVoiceIsHers(JsonNode report, String clientName) {
        JsonNode speakers = report.path("speakers");
        assertEquals("participant-audio", speakers.path("source").asText(), speakers.toString());
        assertEquals(2, speakers.path("speakers").size(), speakers.toString());
        JsonNode c = client(report);
        assertEquals(clientName, c.path("name").asText(), speakers.toString());
        double precision = overlapWithTruth(dialogue, c.path("turns"), CLIENT) / total(c.path("turns"));
        double recall = overlapWithTruth(dialogue, c.path("turns"), CLIENT) / dialogue.seconds(CLIENT);
        assertTrue(precision >= 0.9 && recall >= 0.9, "client speech precision " + precision + " recall " + recall);
        int clientWindows = 0;
        for (JsonNode w : ReportSpeakers.timeline(report, "SPEECH").path("windows")) {
            ReportSpeakers.Talk talk = ReportSpeakers.talk(dialogue, CLIENT, w);
            if (talk.client() == 0 && talk.others() > 1.0) {
                assertTrue(w.path("arousal").isMissingNode(), "therapist-only window scored: " + w);
            }
            if (talk.client() > 1.5 && w.has("arousal")) {
                clientWindows++;
            }
        }
        assertTrue(clientWindows >= 5, "the client's windows carry the voice: " + clientWindows);
    }

    static JsonNode track(JsonNode report, String name) {
        for (JsonNode t : report.path("media").path("audio").path("tracks")) {
            if (t.path("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no track " + name + " in " + report.path("media").path("audio"));
    }

    @Test
    void twoStreamsAreTheParticipantsOwnAudioNamedByTheTranscriptAndTheClientIsAttributed(QuarkusMainLauncher launcher)
            throws Exception {
        Path video = MultiAudioRecording.write(dir.resolve("named.mkv"), SharedMedia.pexelsWomanVideo(),
                List.of(new MultiAudioRecording.Track(null, therapist), new MultiAudioRecording.Track(null, client)));
        JsonNode report = analyse(launcher, "named", video, "--transcript", dialogue.transcript().toString(),
                "--client-speaker", CLIENT);
        JsonNode audio = report.path("media").path("audio");
        assertEquals(2, audio.path("audioStreams").asInt(), audio.toString());
        assertEquals("participant", track(report, THERAPIST).path("use").asText());
        assertEquals(1, track(report, THERAPIST).path("streamIndex").asInt());
        assertEquals("participant", track(report, CLIENT).path("use").asText());
        assertEquals(2, track(report, CLIENT).path("streamIndex").asInt());
        theClientIsAnnAndTheVoiceIsHers(report, CLIENT);
        assertTrue(report.path("speakers").path("notes").toString().contains("one audio stream per participant"),
                report.path("speakers").toString());
        // the words compared with the face are the client's
        for (JsonNode t : report.path("timelines")) {
            if (t.path("stage").asText().equals("TRANSCRIPT")) {
                for (JsonNode w : t.path("windows")) {
                    assertTrue(!w.path("evidence").path("text").asText("").contains("country"), w.toString());
                }
            }
        }
    }

    @Test
    void withoutATranscriptTheStreamsTitlesSayWhoIsTheClient(QuarkusMainLauncher launcher) throws Exception {
        Path video = MultiAudioRecording.write(dir.resolve("titled.mkv"), SharedMedia.pexelsWomanVideo(),
                List.of(new MultiAudioRecording.Track("Therapist", therapist),
                        new MultiAudioRecording.Track("Client", client)));
        JsonNode report = analyse(launcher, "titled", video);
        assertEquals("participant", track(report, "Client").path("use").asText());
        assertEquals("participant", track(report, "Therapist").path("use").asText());
        theClientIsAnnAndTheVoiceIsHers(report, "Client");
    }
}
