package org.emodisparity.speech.analysis;

import org.emodisparity.fixtures.SharedMedia;

/** The trained arousal weights as committed in the model catalog (what {@code models install} installs). */
final class CommittedArousalModel {
    static final String PATH = "model-catalog/src/main/resources/org/emodisparity/models/repository/"
            + ArousalModel.TRAINED_ID + "/" + ArousalModel.FILE_NAME;

    private CommittedArousalModel() {
    }

    static ArousalModel load() {
        return ArousalModel.read(SharedMedia.repoRoot().resolve(PATH));
    }

    static SpeechAnalyzerConfig config() {
        SpeechAnalyzerConfig d = SpeechAnalyzerConfig.defaults();
        return new SpeechAnalyzerConfig(d.phrasePauseSeconds(), d.cues(), load());
    }
}
