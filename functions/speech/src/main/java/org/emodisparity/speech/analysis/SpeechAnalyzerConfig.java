package org.emodisparity.speech.analysis;

/**
 * @param phrasePauseSeconds silences at least this long separate phrases (default
 *        {@link PhraseSplitter#DEFAULT_MIN_PAUSE_SECONDS})
 * @param cues vocal cue parameters
 * @param arousal arousal weights and scale floors
 */
public record SpeechAnalyzerConfig(double phrasePauseSeconds, VocalCueParams cues, ArousalModel arousal) {
    public SpeechAnalyzerConfig {
        if (!(phrasePauseSeconds >= 0) || cues == null || arousal == null) {
            throw new IllegalArgumentException("invalid speech analyzer configuration");
        }
    }

    public static SpeechAnalyzerConfig defaults() {
        return new SpeechAnalyzerConfig(PhraseSplitter.DEFAULT_MIN_PAUSE_SECONDS, VocalCueParams.defaults(),
                ArousalModel.defaults());
    }
}
