package org.emodisparity.fusion.narrative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON the model must answer with: {@code {"summary": "...", "statements": [{"text": "...", "episodes":
 * ["E1"]}]}}. llama.cpp turns the schema into a grammar, so every token is sampled inside it: the episode ids are
 * an enum of the ids given in the prompt (a citation cannot name an episode that does not exist), and length
 * limits on every string and array bound the answer, so generation ends before the token limit.
 */
final class NarrativeSchema {
    static final int SUMMARY_CHARS = 600;
    static final int STATEMENT_CHARS = 300;
    static final int MAX_STATEMENTS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The model's answer, before citations are checked against the disparity. */
    record Answer(String summary, List<Narrative.Statement> statements) {
    }

    private NarrativeSchema() {
    }

    static String forEpisodes(List<String> episodeIds) {
        if (episodeIds.isEmpty()) {
            throw new IllegalArgumentException("statements must cite episodes: there are none");
        }
        ObjectNode root = JSON.createObjectNode().put("type", "object");
        ObjectNode props = root.putObject("properties");
        props.putObject("summary").put("type", "string").put("minLength", 1).put("maxLength", SUMMARY_CHARS);
        ObjectNode statements = props.putObject("statements").put("type", "array").put("minItems", 1)
                .put("maxItems", MAX_STATEMENTS);
        ObjectNode item = statements.putObject("items").put("type", "object");
        ObjectNode itemProps = item.putObject("properties");
        itemProps.putObject("text").put("type", "string").put("minLength", 1).put("maxLength", STATEMENT_CHARS);
        ObjectNode episodes = itemProps.putObject("episodes").put("type", "array").put("minItems", 1)
                .put("maxItems", episodeIds.size());
        ArrayNode ids = episodes.putObject("items").put("type", "string").putArray("enum");
        episodeIds.forEach(ids::add);
        item.putArray("required").add("text").add("episodes");
        item.put("additionalProperties", false);
        root.putArray("required").add("summary").add("statements");
        root.put("additionalProperties", false);
        return root.toString();
    }

    /** @throws IllegalArgumentException when {@code json} is not an answer of this shape */
    static Answer parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("summary").isTextual() || !root.path("statements").isArray()) {
            throw new IllegalArgumentException("expected {summary: string, statements: [...]}");
        }
        List<Narrative.Statement> statements = new ArrayList<>();
        for (JsonNode s : root.get("statements")) {
            if (!s.path("text").isTextual() || !s.path("episodes").isArray()) {
                throw new IllegalArgumentException("expected statements of {text: string, episodes: [string]}");
            }
            List<String> ids = new ArrayList<>();
            s.get("episodes").forEach(id -> ids.add(id.asText()));
            statements.add(new Narrative.Statement(s.get("text").asText(), ids));
        }
        return new Answer(root.get("summary").asText(), statements);
    }
}
