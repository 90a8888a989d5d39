package org.emodisparity.speech.analysis;

import org.emodisparity.model.TimeWindow;

import java.util.ArrayList;
import java.util.List;

/**
 * The speech analysis of one session's audio (16 kHz mono PCM in [-1, 1]): voice activity → speech regions →
 * phrases; vocal cues per phrase and per requested interval; vocal arousal (prosody) of each relative to the
 * speaker's baseline in this signal. Phrases are scored against the baseline over all phrases, the requested
 * intervals against the baseline over all requested intervals, because cues such as the F0 range depend on how long
 * an interval is: request all time windows of a session in one call, and a single interval scores 0 (it is its own
 * baseline). One signal is taken to be one speaker, as in a single-microphone recording of a client.
 *
 * <p>Thread-safe if the detector is (as {@link SileroVad} is).
 */
public final class SpeechAnalyzer {
    private final VoiceActivityDetector vad;
    private final SpeechAnalyzerSettings config;
    private final VocalArousalEstimator arousal;

    public SpeechAnalyzer(VoiceActivityDetector vad, SpeechAnalyzerSettings config) {
        this.vad = vad;
        this.config = config;
        this.arousal = new VocalArousalEstimator(config.arousal());
    }

    public SpeechAnalyzer(VoiceActivityDetector vad) {
        this(vad, SpeechAnalyzerSettings.defaults());
    }

    /** Detects the speech, then analyses it; intervals are seconds from the start of {@code pcm}. */
    public SpeechAnalysisResult analyze(float[] pcm, List<TimeWindow> intervals) {
        return analyze(pcm, vad.detect(pcm), intervals);
    }

    /** Analyses with speech regions already known (in time order, not overlapping). */
    public SpeechAnalysisResult analyze(float[] pcm, List<SpeechRegion> regions, List<TimeWindow> intervals) {
        requireOrdered(regions);
        AnalysedSignal signal = AnalysedSignal.analyse(pcm, regions, config.cues());
        List<Phrase> phrases = PhraseSplitter.split(regions, config.phrasePauseSeconds());
        List<VocalCues> phraseCues = new ArrayList<>(phrases.size());
        for (Phrase p : phrases) {
            phraseCues.add(signal.cuesFor(p.interval()));
        }
        SpeakerBaseline phraseBaseline = arousal.baseline(phraseCues);
        List<PhraseAnalysis> phraseResults = new ArrayList<>(phrases.size());
        for (int i = 0; i < phrases.size(); i++) {
            VocalCues cues = phraseCues.get(i);
            phraseResults.add(new PhraseAnalysis(phrases.get(i), cues, arousal.score(cues, phraseBaseline)));
        }

        List<VocalCues> intervalCues = new ArrayList<>(intervals.size());
        for (TimeWindow interval : intervals) {
            intervalCues.add(signal.cuesFor(interval));
        }
        SpeakerBaseline intervalBaseline = arousal.baseline(intervalCues);
        List<IntervalAnalysis> intervalResults = new ArrayList<>(intervals.size());
        for (VocalCues cues : intervalCues) {
            intervalResults.add(new IntervalAnalysis(cues, arousal.score(cues, intervalBaseline)));
        }
        return new SpeechAnalysisResult(Pcm16k.duration(pcm), regions, phraseResults, intervalResults, phraseBaseline,
                intervalBaseline);
    }

    private static void requireOrdered(List<SpeechRegion> regions) {
        for (int k = 1; k < regions.size(); k++) {
            if (regions.get(k).start() < regions.get(k - 1).end()) {
                throw new IllegalArgumentException("speech regions must be in time order and not overlap: "
                        + regions.get(k - 1) + ", " + regions.get(k));
            }
        }
    }
}
