package org.emodisparity.embedded;

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
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's core on real media: the 19.7 s Pexels video (a woman crying until ~7 s, neutral ~7–10 s, laughing
 * from ~10 s; silent audio) analysed end to end with the real default face and text models, paired with an
 * uploaded transcript. Sad words give an episode over the laughing part and none over the crying part; happy
 * words the reverse; words that follow the face give no episode.
 */
@QuarkusMainTest
class DisparityScenarioTest {
    static final String SAD = cues(
            "I feel so sad and hopeless.", "Everything has been awful and I keep crying.",
            "I am miserable and so lonely.", "My heart is broken and I am grieving.", "I feel empty and depressed.");
    static final String HAPPY = cues(
            "I am so happy today!", "This is wonderful, I love it.", "I am grateful and excited.",
            "Everything is great and I feel joyful.", "Thank you, this is amazing!");
    static final String CONGRUENT = """
            WEBVTT

            00:00:00.000 --> 00:00:03.500
            I feel so sad and hopeless.

            00:00:03.500 --> 00:00:07.000
            Everything has been awful and I keep crying.

            00:00:10.000 --> 00:00:14.500
            I am so happy today, this is wonderful!

            00:00:14.500 --> 00:00:19.600
            I am grateful and excited, I love it.
            """;

    @TempDir
    Path dir;

    static String cues(String... sentences) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        double step = 19.6 / sentences.length;
        for (int i = 0; i < sentences.length; i++) {
            vtt.append(String.format(java.util.Locale.ROOT, "%s --> %s%n%s%n%n", ts(i * step), ts((i + 1) * step),
                    sentences[i]));
        }
        return vtt.toString();
    }

    static String ts(double s) {
        return String.format(java.util.Locale.ROOT, "00:00:%06.3f", s);
    }

    record Episode(double start, double end, List<String> pairs) {
    }

    List<Episode> analyse(QuarkusMainLauncher launcher, String name, String vtt) throws Exception {
        RequiredModels.assumeOrFail("fer-mini-xception");
        RequiredModels.assumeOrFail("bge-small-en-v15-q");
        Path transcript = Files.writeString(dir.resolve(name + ".vtt"), vtt);
        Path out = dir.resolve(name);
        LaunchResult result = launcher.launch("analyze", SharedMedia.pexelsWomanVideo().toString(),
                "--transcript", transcript.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        JsonNode report = Contract.json().readTree(Files.readAllBytes(out.resolve("report.json")));
        for (JsonNode m : report.path("modalities")) {
            if (!m.path("stage").asText().equals("SPEECH")) {
                assertEquals("AVAILABLE", m.path("availability").asText(), m.toString());
            }
        }
        List<Episode> episodes = new ArrayList<>();
        for (JsonNode e : report.path("disparity").path("episodes")) {
            List<String> pairs = new ArrayList<>();
            e.path("pairs").forEach(p -> pairs.add(p.asText()));
            episodes.add(new Episode(e.path("start").asDouble(), e.path("end").asDouble(), pairs));
        }
        assertTrue(Files.readString(out.resolve("report.html")).contains("Episodes of disparity"));
        return episodes;
    }

    /** Some episode covers [from, to] entirely. */
    static boolean covered(List<Episode> episodes, double from, double to) {
        return episodes.stream().anyMatch(e -> e.start() <= from && e.end() >= to);
    }

    /** No episode lies mostly inside [from, to]. */
    static boolean free(List<Episode> episodes, double from, double to) {
        return episodes.stream().noneMatch(e -> Math.min(e.end(), to) - Math.max(e.start(), from) > (e.end() - e.start()) / 2);
    }

    @Test
    void sadWordsOverALaughingFaceGiveAnEpisodeOnlyOverTheLaughingPart(QuarkusMainLauncher launcher) throws Exception {
        List<Episode> episodes = analyse(launcher, "sad", SAD);
        assertTrue(covered(episodes, 11.25, 17.5), "episode over the laughing part: " + episodes);
        assertTrue(free(episodes, 0, 7), "no episode over the crying part: " + episodes);
        assertTrue(episodes.stream().allMatch(e -> e.pairs().contains("FACE_TEXT")), episodes.toString());
    }

    @Test
    void happyWordsOverACryingFaceGiveAnEpisodeOnlyOverTheCryingPart(QuarkusMainLauncher launcher) throws Exception {
        List<Episode> episodes = analyse(launcher, "happy", HAPPY);
        assertTrue(covered(episodes, 1.25, 5.0), "episode over the crying part: " + episodes);
        assertTrue(free(episodes, 10, 19.7), "no episode over the laughing part: " + episodes);
    }

    @Test
    void wordsThatFollowTheFaceGiveNoEpisode(QuarkusMainLauncher launcher) throws Exception {
        List<Episode> episodes = analyse(launcher, "congruent", CONGRUENT);
        assertTrue(episodes.isEmpty(), "no episode where face and words agree: " + episodes);
    }
}
