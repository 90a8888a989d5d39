package org.emodisparity.transcript.analysis;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A Hugging Face {@code tokenizer.json} (through DJL's binding of the Rust tokenizers) that truncates to
 * {@code maxTokens} but does not pad. Padding is done per batch to the batch's longest text instead of the fixed
 * length some exports build in (all-MiniLM-L6-v2's pads to 128): a 15-token sentence then costs 15 positions,
 * not 128, which is most of the encoder's speed on transcripts.
 */
public final class BatchTokenizer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HuggingFaceTokenizer tokenizer;
    private final long padId;
    private final Set<Long> specialIds;
    private final int vocabularySize;

    private BatchTokenizer(HuggingFaceTokenizer tokenizer, long padId, Set<Long> specialIds, int vocabularySize) {
        this.tokenizer = tokenizer;
        this.padId = padId;
        this.specialIds = specialIds;
        this.vocabularySize = vocabularySize;
    }

    public static BatchTokenizer open(Path tokenizerJson, int maxTokens) throws IOException {
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
                "padding", "false",
                "truncation", "true",
                "maxLength", Integer.toString(maxTokens),
                "addSpecialTokens", "true"));
        JsonNode root = JSON.readTree(tokenizerJson.toFile());
        return new BatchTokenizer(tokenizer, padId(root), specialIds(root), vocabularySize(root));
    }

    /** Ids of the special tokens ([CLS], [SEP], [PAD], [UNK], [MASK] for BERT): they carry no word. */
    public Set<Long> specialIds() {
        return specialIds;
    }

    /** Token ids per text, with special tokens, truncated, unpadded. */
    public List<long[]> encode(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        Encoding[] encodings = tokenizer.batchEncode(texts);
        List<long[]> ids = new ArrayList<>(encodings.length);
        for (Encoding e : encodings) {
            ids.add(e.getIds());
        }
        return ids;
    }

    /**
     * Batches of at most {@code batchSize} texts of similar length (sorted by token count, so little padding),
     * each padded to its longest text. Rows remember their index in {@code texts}.
     */
    public List<TokenBatch> batches(List<String> texts, int batchSize) {
        return batchesOf(encode(texts), batchSize);
    }

    /** As {@link #batches(List, int)}, from ids {@link #encode(List) encoded} already. */
    public List<TokenBatch> batchesOf(List<long[]> ids, int batchSize) {
        int[] order = IntStream.range(0, ids.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> ids.get(i).length).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        List<TokenBatch> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            int[] rows = Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize));
            batches.add(TokenBatch.pad(rows, rows.length == 0 ? List.of() : select(ids, rows), padId));
        }
        return batches;
    }

    private static List<long[]> select(List<long[]> ids, int[] rows) {
        List<long[]> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(ids.get(r));
        }
        return out;
    }

    /** One more than the largest id the tokenizer can give (vocabulary and added tokens). */
    public int vocabularySize() {
        return vocabularySize;
    }

    /** The padding id the tokenizer declares, else its [PAD] / &lt;pad&gt; token, else 0. */
    static long padId(JsonNode root) {
        JsonNode padding = root.path("padding");
        if (padding.hasNonNull("pad_id")) {
            return padding.get("pad_id").asLong();
        }
        JsonNode vocab = root.path("model").path("vocab");
        for (String pad : List.of("[PAD]", "<pad>")) {
            if (vocab.has(pad)) {
                return vocab.get(pad).asLong();
            }
        }
        return 0;
    }

    /** The ids of the tokens marked {@code "special": true} in {@code added_tokens}. */
    static Set<Long> specialIds(JsonNode root) {
        Set<Long> ids = new TreeSet<>();
        for (JsonNode token : root.path("added_tokens")) {
            if (token.path("special").asBoolean(false) && token.hasNonNull("id")) {
                ids.add(token.get("id").asLong());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    static int vocabularySize(JsonNode root) {
        JsonNode vocab = root.path("model").path("vocab");
        long max = vocab.isArray() ? vocab.size() - 1 : -1; // Unigram: [token, score] pairs; else token → id
        for (JsonNode id : vocab.isObject() ? vocab : List.<JsonNode>of()) {
            max = Math.max(max, id.asLong());
        }
        for (JsonNode token : root.path("added_tokens")) {
            max = Math.max(max, token.path("id").asLong(-1));
        }
        return Math.toIntExact(max + 1);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
