package org.emodisparity.speech.emotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chunking of phrases and the duration-weighted mean of chunk probabilities (plumbing, no model). */
class PhraseChunkerTest {
    private static final int MAX_27_S = 27 * 16_000;

    @Test
    void sixtySecondPhraseBecomesThreeEqualChunksOfAtMost27Seconds() {
        List<SampleRange> chunks = PhraseChunker.chunks(new SampleRange(0, 60 * 16_000), MAX_27_S);
        assertEquals(List.of(new SampleRange(0, 320_000), new SampleRange(320_000, 640_000),
                new SampleRange(640_000, 960_000)), chunks);
        chunks.forEach(c -> assertTrue(c.seconds() <= 27.0));
    }

    @Test
    void chunksAreContiguousNeverLongerThanTheMaximumAndAsFewAsPossible() {
        assertEquals(1, PhraseChunker.chunks(new SampleRange(100, 100 + MAX_27_S), MAX_27_S).size(), "exactly 27 s");
        List<SampleRange> justOver = PhraseChunker.chunks(new SampleRange(100, 100 + MAX_27_S + 1), MAX_27_S);
        assertEquals(2, justOver.size(), "27 s + 1 sample: two halves, not 27 s + a sliver");
        assertEquals(1, Math.abs(justOver.get(0).length() - justOver.get(1).length()));
        for (int length : new int[] {1, 7_999, 16_000, 431_999, 432_001, 863_999, 1_000_003, 5_000_000}) {
            SampleRange phrase = new SampleRange(1234, 1234 + length);
            List<SampleRange> chunks = PhraseChunker.chunks(phrase, MAX_27_S);
            assertEquals((length + MAX_27_S - 1) / MAX_27_S, chunks.size(), "fewest chunks for " + length);
            assertEquals(phrase.from(), chunks.get(0).from());
            assertEquals(phrase.to(), chunks.get(chunks.size() - 1).to());
            for (int i = 0; i < chunks.size(); i++) {
                assertTrue(chunks.get(i).length() <= MAX_27_S);
                if (i > 0) {
                    assertEquals(chunks.get(i - 1).to(), chunks.get(i).from(), "no gap, no overlap");
                }
            }
        }
    }

    @Test
    void weightedMeanWeighsByDuration() {
        WeightedMean mean = new WeightedMean(2);
        mean.add(new float[] {1, 0}, 1.0); // a 1 s chunk
        mean.add(new float[] {0, 1}, 3.0); // a 3 s chunk
        assertArrayEquals(new float[] {0.25f, 0.75f}, mean.mean(), 1e-6f);
    }
}
