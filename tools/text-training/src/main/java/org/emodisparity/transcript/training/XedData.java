package org.emodisparity.transcript.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emodisparity.models.FileDigest;

/**
 * XED, the English part (Öhman, Pàmies, Kajava and Tiedemann, 2020, COLING; CC BY 4.0): movie-subtitle lines,
 * i.e. spoken conversational English, annotated with Plutchik's eight emotions, plus lines annotated neutral.
 * Read from {@code shared/data/xed/} ({@code en-annotated.tsv}: {@code sentence TAB labels}, labels 1..8;
 * {@code neu_en.txt}: {@code 9 TAB sentence}).
 *
 * <p><b>Label mapping</b> onto the Ekman groups of GoEmotions' {@code ekman/labels.txt} (anger, disgust, fear,
 * joy = canonical happiness, neutral, sadness, surprise), so that XED lines train and score the same group maxima
 * as GoEmotions' Ekman taxonomy:
 * <ul>
 *   <li>1 anger → anger, 3 disgust → disgust, 4 fear → fear, 6 sadness → sadness, 7 surprise → surprise;</li>
 *   <li>5 joy → joy (canonical happiness);</li>
 *   <li>{@code neu_en.txt} → neutral;</li>
 *   <li>2 anticipation and 8 trust are <b>dropped</b>: Ekman's six have no twin for them. Folding them into
 *       happiness would teach the model that "I'll be there tomorrow" or "You can count on me" is joy, and calling
 *       them neutral would contradict the annotators, who saw an emotion. A line keeps its other labels; a line
 *       whose only labels are anticipation and/or trust is left out (counted in {@link #droppedLines()}).</li>
 * </ul>
 *
 * <p><b>Fixed splits</b>: a line's split is a function of its text alone — the first four bytes of the SHA-256 of
 * the stripped UTF-8 text, as an unsigned number, modulo 10: 0–7 train (80 %), 8 dev, 9 test. No random seed, no
 * dependence on file order, and a sentence that occurs twice (with the same or other labels) is always in one split,
 * so the test split never shares a sentence with train.
 */
public record XedData(List<String> labels, List<Example> train, List<Example> dev, List<Example> test,
        int droppedLines) {

    /** The target columns: GoEmotions' Ekman labels, in the order of {@code ekman/labels.txt}. */
    public static final List<String> LABELS = List.of("anger", "disgust", "fear", "joy", "neutral", "sadness",
            "surprise");

    /** XED's numeric labels → column in {@link #LABELS}; anticipation (2) and trust (8) have none. */
    static final Map<Integer, Integer> MAPPING = Map.of(1, 0, 3, 1, 4, 2, 5, 3, 6, 5, 7, 6);
    static final int NEUTRAL = 4;

    /** One line with its mapped labels (indices into {@link #LABELS}, sorted, distinct). */
    public record Example(String text, int[] labels) {
    }

    public enum Split { TRAIN, DEV, TEST }

    public XedData {
        labels = List.copyOf(labels);
        train = List.copyOf(train);
        dev = List.copyOf(dev);
        test = List.copyOf(test);
    }

    /** {@code EMODISPARITY_SHARED_DIR/data/xed}, else {@code ../shared/data/xed} beside the repository. */
    public static Path defaultLocation() {
        return ProjectPaths.goEmotionsData().resolveSibling("xed");
    }

    public static XedData read(Path dir) throws IOException {
        List<Example> train = new ArrayList<>();
        List<Example> dev = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        int dropped = 0;
        int lineNo = 0;
        Path annotated = dir.resolve("en-annotated.tsv");
        for (String line : Files.readAllLines(annotated, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IOException(annotated + ":" + lineNo + ": no tab");
            }
            String text = line.substring(0, tab).strip();
            int[] mapped = Arrays.stream(line.substring(tab + 1).split(",")).map(String::strip)
                    .mapToInt(Integer::parseInt)
                    .peek(l -> {
                        if (l < 1 || l > 8) {
                            throw new IllegalArgumentException(annotated + ": label " + l + " outside 1..8");
                        }
                    })
                    .filter(MAPPING::containsKey).map(MAPPING::get).distinct().sorted().toArray();
            if (mapped.length == 0 || text.isEmpty()) {
                dropped++;
                continue;
            }
            add(new Example(text, mapped), train, dev, test);
        }
        lineNo = 0;
        Path neutral = dir.resolve("neu_en.txt");
        for (String line : Files.readAllLines(neutral, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0 || !line.substring(0, tab).strip().equals("9")) {
                throw new IOException(neutral + ":" + lineNo + ": expected '9 TAB sentence'");
            }
            String text = line.substring(tab + 1).strip();
            if (!text.isEmpty()) {
                add(new Example(text, new int[] {NEUTRAL}), train, dev, test);
            }
        }
        return new XedData(LABELS, train, dev, test, dropped);
    }

    /** The split of a line: SHA-256 of its stripped text, first four bytes unsigned, modulo 10 (0–7, 8, 9). */
    public static Split splitOf(String text) {
        String hex = FileDigest.sha256(text.strip().getBytes(StandardCharsets.UTF_8));
        long bucket = Long.parseLong(hex.substring(0, 8), 16) % 10;
        return bucket < 8 ? Split.TRAIN : bucket == 8 ? Split.DEV : Split.TEST;
    }

    private static void add(Example e, List<Example> train, List<Example> dev, List<Example> test) {
        switch (splitOf(e.text())) {
            case TRAIN -> train.add(e);
            case DEV -> dev.add(e);
            case TEST -> test.add(e);
        }
    }

    public List<Example> split(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case DEV -> dev;
            case TEST -> test;
        };
    }

    public static List<String> texts(List<Example> examples) {
        return examples.stream().map(Example::text).toList();
    }

    /** Gold labels as a boolean matrix [example][label of {@link #LABELS}]. */
    public static boolean[][] gold(List<Example> examples) {
        boolean[][] gold = new boolean[examples.size()][LABELS.size()];
        for (int i = 0; i < examples.size(); i++) {
            for (int l : examples.get(i).labels()) {
                gold[i][l] = true;
            }
        }
        return gold;
    }

    public String describe() {
        return String.format(Locale.ROOT, "XED en: train %d, dev %d, test %d lines (%d anticipation/trust-only lines"
                + " dropped)", train.size(), dev.size(), test.size(), droppedLines);
    }
}
