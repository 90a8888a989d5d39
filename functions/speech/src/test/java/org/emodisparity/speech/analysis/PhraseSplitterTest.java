package org.emodisparity.speech.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseSplitterTest {
    @Test
    void splitsAtPausesOfAtLeastTheMinimum() {
        List<SpeechRegion> regions = List.of(
                new SpeechRegion(0.0, 1.0),
                new SpeechRegion(1.1, 2.0), // 0.10 s gap: same phrase
                new SpeechRegion(2.5, 3.0), // 0.50 s: new phrase
                new SpeechRegion(3.29, 4.0), // 0.29 s: same phrase
                new SpeechRegion(4.31, 5.0)); // 0.31 s: new phrase
        List<Phrase> phrases = PhraseSplitter.split(regions, 0.3);
        assertEquals(3, phrases.size());
        assertEquals(new Phrase(0, 0.0, 2.0, regions.subList(0, 2)), phrases.get(0));
        assertEquals(new Phrase(1, 2.5, 4.0, regions.subList(2, 4)), phrases.get(1));
        assertEquals(new Phrase(2, 4.31, 5.0, regions.subList(4, 5)), phrases.get(2));
    }

    @Test
    void noSpeechNoPhrases() {
        assertTrue(PhraseSplitter.split(List.of(), 0.3).isEmpty());
    }
}
