package org.emodisparity.transcript.analysis;

import org.emodisparity.model.captions.TranscriptSegment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = SentenceSplitter.defaults();

    private static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }

    private List<String> split(String text) {
        return texts(splitter.split(List.of(new TranscriptSegment(0, 10, null, text))));
    }

    @Test
    void splitsOnTerminalPunctuationWithAbbreviationCare() {
        assertEquals(List.of("Dr. Smith said hi.", "Are you okay?", "Yes!", "I met J. K. Rowling at 3.30 p.m. today."),
                split("Dr. Smith said hi. Are you okay? Yes! I met J. K. Rowling at 3.30 p.m. today."));
        assertEquals(List.of("We tried e.g. walking.", "It helped…", "A lot."),
                split("We tried e.g. walking. It helped… A lot."));
        assertEquals(List.of("I just... don't know.", "Really?!", "\"No.\"", "Fine."),
                split("I just... don't know. Really?! \"No.\" Fine."));
        assertEquals(List.of("I said no.", "Then I left."), split("I said no. Then I left."));
    }

    @Test
    void timesAreProportionalToCharactersWithinASegment() {
        // 20 characters over 2 s: 0.1 s per character.
        List<Sentence> s = splitter.split(List.of(new TranscriptSegment(10, 12, "A", "One two. Three four.")));
        assertEquals(2, s.size());
        assertEquals(10.0, s.get(0).start(), 1e-9);
        assertEquals(10.8, s.get(0).end(), 1e-9);   // "One two." ends at character 8
        assertEquals(10.9, s.get(1).start(), 1e-9); // "Three" starts at character 9
        assertEquals(12.0, s.get(1).end(), 1e-9);
        assertEquals("A", s.get(1).speaker());
        assertEquals(List.of(0, 1), s.stream().map(Sentence::index).toList());
    }

    @Test
    void aSentenceBrokenAcrossCuesIsJoinedWithItsTimesFromBoth() {
        List<Sentence> s = splitter.split(List.of(
                new TranscriptSegment(0, 2, "Client", "I have been feeling"),
                new TranscriptSegment(2.2, 4, "Client", "really low. Since March."),
                new TranscriptSegment(4, 5, "Therapist", "I see")));
        assertEquals(List.of("I have been feeling really low.", "Since March.", "I see"), texts(s));
        assertEquals(0, s.get(0).start(), 1e-9);
        assertTrue(s.get(0).end() > 2.2 && s.get(0).end() < 4, "ends inside the second cue: " + s.get(0));
        assertEquals(4, s.get(1).end(), 1e-9);
        assertEquals("Therapist", s.get(2).speaker());
    }

    @Test
    void speakerChangesAndLongPausesEndUnpunctuatedSentences() {
        List<Sentence> s = splitter.split(List.of(
                new TranscriptSegment(0, 2, "A", "so anyway"),
                new TranscriptSegment(2, 3, "B", "right"),
                new TranscriptSegment(6, 7, "B", "okay then")));
        assertEquals(List.of("so anyway", "right", "okay then"), texts(s));
    }

    @Test
    void unpunctuatedTextIsCappedInLength() {
        SentenceSplitter short40 = new SentenceSplitter(1.5, 40);
        List<TranscriptSegment> segments = List.of(
                new TranscriptSegment(0, 3, null, "and mister john dashwood had then leisure"),
                new TranscriptSegment(3, 6, null, "to consider how much there might be"));
        assertEquals(2, short40.split(segments).size());
        assertEquals(1, splitter.split(segments).size());
    }

    @Test
    void blankSegmentsMakeNoSentences() {
        assertEquals(List.of(), splitter.split(List.of(new TranscriptSegment(0, 1, null, "  "))));
    }
}
