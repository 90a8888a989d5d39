package org.emodisparity.speech.analysis;

import java.util.List;

/**
 * Everything the speech analysis found in one signal.
 *
 * @param durationSeconds length of the signal
 * @param regions detected speech
 * @param phrases the phrases, each with its cues and arousal relative to {@code phraseBaseline}
 * @param intervals the requested intervals, in request order, each with its cues and arousal relative to
 *        {@code intervalBaseline}
 * @param phraseBaseline the speaker's baseline over all phrases
 * @param intervalBaseline the speaker's baseline over all requested intervals with speech
 */
public record SpeechAnalysisResult(double durationSeconds, List<SpeechRegion> regions, List<PhraseAnalysis> phrases,
        List<IntervalAnalysis> intervals, SpeakerBaseline phraseBaseline, SpeakerBaseline intervalBaseline) {
    public SpeechAnalysisResult {
        regions = List.copyOf(regions);
        phrases = List.copyOf(phrases);
        intervals = List.copyOf(intervals);
    }

    public double speechSeconds() {
        return regions.stream().mapToDouble(SpeechRegion::duration).sum();
    }
}
