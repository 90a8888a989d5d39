package org.emodisparity.transcript.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XED reader: label mapping, dropped lines and fixed splits, on a small file and on the shared data. */
class XedDataTest {
    @TempDir
    Path dir;

    @Test
    void plutchikLabelsMapToEkmanGroupsAndAnticipationAndTrustAreDropped() throws Exception {
        Files.writeString(dir.resolve("en-annotated.tsv"), String.join("\n",
                "I hate you !\t1",
                "Let's go tomorrow .\t2",
                "Trust me .\t8, 2",
                "That's gross .\t3, 8",
                "We won !\t5, 7",
                "I'm scared .\t4",
                "She died .\t6"));
        Files.writeString(dir.resolve("neu_en.txt"), "9\tThe car is outside.\n");
        XedData xed = XedData.read(dir);
        assertEquals(2, xed.droppedLines(), "the anticipation- and trust-only lines");
        List<XedData.Example> all = new java.util.ArrayList<>(xed.train());
        all.addAll(xed.dev());
        all.addAll(xed.test());
        assertEquals(6, all.size());
        for (XedData.Example e : all) {
            String labels = String.join(",", java.util.Arrays.stream(e.labels()).mapToObj(XedData.LABELS::get).toList());
            String expected = switch (e.text()) {
                case "I hate you !" -> "anger";
                case "That's gross ." -> "disgust";
                case "We won !" -> "joy,surprise";
                case "I'm scared ." -> "fear";
                case "She died ." -> "sadness";
                case "The car is outside." -> "neutral";
                default -> throw new AssertionError(e.text());
            };
            assertEquals(expected, labels, e.text());
            assertEquals(XedData.splitOf(e.text()), splitHolding(xed, e), "the split is a function of the text");
        }
    }

    @Test
    void theSharedXedSplitsAreFixedDisjointAndAboutEightyTenTen() throws Exception {
        Path data = XedData.defaultLocation();
        assumeTrue(Files.isRegularFile(data.resolve("en-annotated.tsv")), "XED not in this checkout: " + data);
        XedData xed = XedData.read(data);
        int total = xed.train().size() + xed.dev().size() + xed.test().size();
        assertTrue(total > 20_000, "annotated and neutral lines: " + total);
        assertEquals(0.8, xed.train().size() / (double) total, 0.02);
        assertEquals(0.1, xed.dev().size() / (double) total, 0.02);
        assertEquals(0.1, xed.test().size() / (double) total, 0.02);
        Set<String> train = new HashSet<>(XedData.texts(xed.train()));
        for (XedData.Example e : xed.test()) {
            assertTrue(!train.contains(e.text()), "a test sentence is not in train: " + e.text());
        }
        XedData again = XedData.read(data);
        assertEquals(XedData.texts(xed.dev()), XedData.texts(again.dev()));
        for (XedData.Example e : xed.dev()) {
            assertTrue(e.labels().length > 0);
        }
    }

    private static XedData.Split splitHolding(XedData xed, XedData.Example e) {
        for (XedData.Split s : XedData.Split.values()) {
            if (xed.split(s).contains(e)) {
                return s;
            }
        }
        throw new AssertionError(e.text());
    }
}
