package org.emodisparity.transcript.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One split of the GoEmotions data as shipped in {@code shared/data/goemotions/{original,ekman}/}:
 * {@code text TAB comma-separated label ids TAB comment id} per line, ids indexing that folder's {@code labels.txt}.
 */
public record GoEmotionsSplit(List<String> labels, List<Example> examples) {

    /** One comment and the ids of its labels. */
    public record Example(String text, int[] labels, String id) {
    }

    public GoEmotionsSplit {
        labels = List.copyOf(labels);
        examples = List.copyOf(examples);
    }

    /** Reads {@code {dataDir}/{taxonomy}/{split}.tsv} with {@code {taxonomy}/labels.txt}. */
    public static GoEmotionsSplit read(Path dataDir, String taxonomy, String split) throws IOException {
        Path folder = dataDir.resolve(taxonomy);
        List<String> labels = Files.readAllLines(folder.resolve("labels.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Example> examples = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(folder.resolve(split + ".tsv"), StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw new IOException(folder.resolve(split + ".tsv") + ":" + lineNo + ": expected 3 tab-separated"
                        + " columns, found " + cols.length);
            }
            int[] ids = Arrays.stream(cols[1].split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
            for (int id : ids) {
                if (id < 0 || id >= labels.size()) {
                    throw new IOException(folder.resolve(split + ".tsv") + ":" + lineNo + ": label id " + id
                            + " outside labels.txt");
                }
            }
            examples.add(new Example(cols[0], ids, cols[2]));
        }
        return new GoEmotionsSplit(labels, examples);
    }

    public List<String> texts() {
        return examples.stream().map(Example::text).toList();
    }

    /** Gold labels as a boolean matrix [example][label]. */
    public boolean[][] goldMatrix() {
        boolean[][] gold = new boolean[examples.size()][labels.size()];
        for (int i = 0; i < examples.size(); i++) {
            for (int id : examples.get(i).labels()) {
                gold[i][id] = true;
            }
        }
        return gold;
    }

    public int size() {
        return examples.size();
    }
}
