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

    static SpeechAnalyzerSettings config() {
        SpeechAnalyzerSettings d = SpeechAnalyzerSettings.defaults();
        return new SpeechAnalyzerSettings(d.phrasePauseSeconds(), d.cues(), load());
    }
}
