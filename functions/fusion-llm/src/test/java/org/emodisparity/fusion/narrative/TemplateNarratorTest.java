package org.emodisparity.fusion.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emodisparity.fusion.Disparity;
import org.emodisparity.fusion.Report;
import org.emodisparity.model.Stage;
import org.junit.jupiter.api.Test;

/** The template narrative on hand-built disparities: right labels, times and citations, and nothing else. */
class TemplateNarratorTest {
    final TemplateNarrator narrator = new TemplateNarrator();

    @Test
    void describesTheStrongestEpisodesWithTheirLabelsAndTimes() {
        Disparity d = NarrativeFixtures.twoEpisodes();
        Narrative n = narrator.narrate(d, NarrativeFixtures.THREE_MODALITIES);

        assertEquals(Narrative.TEMPLATE, n.source());
        assertNull(n.model());
        assertEquals(List.of("E2", "E1"), n.statements().stream().map(s -> s.episodeIds().get(0)).toList(),
                "strongest (by peak) first");
        assertEquals("E1 (7.5\u201319.7 s): the face showed happiness (0.82) while the words were sad (0.77); "
                + "peak incongruence 0.62.", n.statements().get(1).text());
        assertEquals("E2 (25.0\u201330.0 s): the voice's arousal was 0.93 while the words were neutral (0.66); "
                + "peak incongruence 0.71.", n.statements().get(0).text());
        assertTrue(n.summary().contains("happiness in the face and sadness in the words"), n.summary());
        assertTrue(n.summary().contains("agreed in 55% of the compared time units"), n.summary());
        assertTrue(n.summary().contains("2 episodes of disagreement were found; the strongest was E2 "
                + "(25.0\u201330.0 s, peak incongruence 0.71)"), n.summary());
    }

    @Test
    void citesOnlyEpisodesThatExist() {
        Disparity d = NarrativeFixtures.twoEpisodes();
        List<String> ids = d.episodes().stream().map(Disparity.Episode::id).toList();
        for (Narrative.Statement s : narrator.narrate(d, NarrativeFixtures.THREE_MODALITIES).statements()) {
            assertTrue(!s.episodeIds().isEmpty() && ids.containsAll(s.episodeIds()), s.toString());
        }
    }

    @Test
    void isDeterministicAndEndsWithTheDisclaimer() {
        Narrative a = narrator.narrate(NarrativeFixtures.twoEpisodes(), NarrativeFixtures.THREE_MODALITIES);
        Narrative b = narrator.narrate(NarrativeFixtures.twoEpisodes(), NarrativeFixtures.THREE_MODALITIES);
        assertEquals(a, b);
        assertEquals(a.text(), b.text());
        assertEquals(Report.DISCLAIMER, a.disclaimer());
        assertTrue(a.text().endsWith(Report.DISCLAIMER), a.text());
        assertTrue(a.text().contains("[E1]") && a.text().contains("[E2]"), a.text());
    }

    @Test
    void saysSoWhenNoEpisodeWasFound() {
        Narrative n = narrator.narrate(NarrativeFixtures.noEpisode(),
                new ReportFacts(30.0, List.of(Stage.FACE, Stage.TRANSCRIPT)));
        assertTrue(n.statements().isEmpty());
        assertTrue(n.summary().contains("No episode of disagreement was found."), n.summary());
        assertTrue(n.summary().contains("agreed in 100%"), n.summary());
        assertTrue(n.text().endsWith(Report.DISCLAIMER));
    }

    @Test
    void saysSoWhenFewerThanTwoModalitiesHadEstimates() {
        Narrative n = narrator.narrate(NarrativeFixtures.faceOnly(), new ReportFacts(12.0, List.of(Stage.FACE)));
        assertTrue(n.statements().isEmpty());
        assertTrue(n.summary().startsWith("Only the face produced estimates for the 12.0 s recording: fewer than "
                + "two modalities"), n.summary());
        assertTrue(n.summary().contains("sadness in the face"), n.summary());
        assertTrue(!n.summary().contains("agreed"), "no agreement claimed without a comparison: " + n.summary());

        Narrative none = narrator.narrate(new Disparity("test", 0.3, List.of(), List.of(), java.util.Map.of(), null),
                new ReportFacts(12.0, List.of()));
        assertTrue(none.summary().startsWith("No modality produced estimates"), none.summary());
        assertTrue(none.text().endsWith(Report.DISCLAIMER));
    }

    @Test
    void aStatementWithoutAValidCitationIsDropped() {
        Narrative n = Narrative.cited("llm", "m", " Summary. ", List.of(
                new Narrative.Statement("backed", List.of("E9", "E1")),
                new Narrative.Statement("unbacked", List.of("E9")),
                new Narrative.Statement("uncited", List.of())), List.of("E1", "E2"));
        assertEquals(List.of(new Narrative.Statement("backed", List.of("E1"))), n.statements());
        assertEquals("Summary.", n.summary());
        assertEquals(Report.DISCLAIMER, n.disclaimer());
    }
}
