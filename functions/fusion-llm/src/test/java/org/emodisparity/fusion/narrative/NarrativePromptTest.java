package org.emodisparity.fusion.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the model is shown (evidence only) and the JSON it must answer with. */
class NarrativePromptTest {

    @Test
    void carriesTheComputedEvidence() {
        NarrativePrompt p = NarrativePrompt.of(NarrativeFixtures.twoEpisodes(), NarrativeFixtures.THREE_MODALITIES);
        assertEquals(List.of("E1", "E2"), p.episodeIds());
        assertTrue(p.user().contains("E1: 7.5\u201319.7 s, peak incongruence 0.62, disagreeing: face vs words"),
                p.user());
        assertTrue(p.user().contains("face: happiness probability=0.82 valence=0.71"), p.user());
        assertTrue(p.user().contains("voice evidence: f0MedianHz=212.457 loudnessDbfs=-18.2"), p.user());
        assertTrue(p.user().contains("words evidence: text=\"I'm fine, really. It was a good week.\""), p.user());
        assertTrue(p.user().contains("Time units where the channels agreed: 55%"), p.user());
    }

    @Test
    void carriesNoIdentifiers() {
        NarrativePrompt p = NarrativePrompt.of(NarrativeFixtures.twoEpisodes(), NarrativeFixtures.THREE_MODALITIES);
        String all = p.system() + p.user();
        for (String secret : List.of(NarrativeFixtures.SESSION_ID, NarrativeFixtures.CLINIC_ID,
                NarrativeFixtures.UPLOAD_NAME, "/data/uploads", "prosody-v1", "face-model", "frameTimes")) {
            assertFalse(all.contains(secret), secret + " leaked into the prompt:\n" + all);
        }
    }

    @Test
    void theSchemaOnlyAllowsTheGivenEpisodeIds() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(NarrativeSchema.forEpisodes(List.of("E1", "E2")));
        JsonNode episodes = schema.at("/properties/statements/items/properties/episodes");
        assertEquals("[\"E1\",\"E2\"]", episodes.at("/items/enum").toString());
        assertEquals(1, episodes.get("minItems").asInt());
        assertEquals("[\"summary\",\"statements\"]", schema.get("required").toString());
        assertEquals(NarrativeSchema.SUMMARY_CHARS, schema.at("/properties/summary/maxLength").asInt());
    }

    @Test
    void parsesAnAnswerAndRejectsOtherShapes() {
        NarrativeSchema.Answer a = NarrativeSchema.parse(
                "{\"summary\":\"S.\",\"statements\":[{\"text\":\"T.\",\"episodes\":[\"E1\",\"E2\"]}]}");
        assertEquals("S.", a.summary());
        assertEquals(List.of(new Narrative.Statement("T.", List.of("E1", "E2"))), a.statements());
        assertThrows(IllegalArgumentException.class, () -> NarrativeSchema.parse("{\"summary\":\"S.\""));
        assertThrows(IllegalArgumentException.class, () -> NarrativeSchema.parse("{\"summary\":1,\"statements\":[]}"));
        assertThrows(IllegalArgumentException.class, () -> NarrativeSchema.parse("[]"));
    }
}
