package org.emodisparity.speech.analysis;

/**
 * @param phrasePauseSeconds silences at least this long separate phrases (default
 *        {@link PhraseSplitter#DEFAULT_MIN_PAUSE_SECONDS})
 * @param cues vocal cue parameters
 * @param arousal arousal weights and scale floors
 */
public record SpeechAnalyzerSettings(double phrasePauseSeconds, VocalCueSettings cues, ArousalModel arousal) {
    public SpeechAnalyzerSettings {
        if (!(phrasePauseSeconds >= 0) || cues == null || arousal == null) {
            throw new IllegalArgumentException("invalid speech analyzer configuration");
        }
    }

    public static SpeechAnalyzerSettings defaults() {
        return new SpeechAnalyzerSettings(PhraseSplitter.DEFAULT_MIN_PAUSE_SECONDS, VocalCueSettings.defaults(),
                ArousalModel.defaults());
    }
}
