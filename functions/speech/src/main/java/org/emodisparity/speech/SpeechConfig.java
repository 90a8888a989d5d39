package org.emodisparity.speech;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.emodisparity.speech.analysis.ArousalModel;

/**
 * {@code emodisparity.speech.*}; each also settable as EMODISPARITY_SPEECH_* in the environment. The models are
 * catalog ids: swapping one is a properties change (and installing the model); each must be of its slot's catalog
 * task, else the stage says so instead of loading it.
 */
@ConfigMapping(prefix = "emodisparity.speech")
public interface SpeechConfig {

    /** Voice activity (task {@code voice-activity}, a Silero-VAD-compatible ONNX model). */
    @WithDefault(SpeechStage.VAD_MODEL)
    String vadModel();

    /** Speech emotion per phrase where installed (task {@code speech-emotion}, a wav2vec2-class ONNX model). */
    @WithDefault(SpeechStage.EMOTION_MODEL)
    String emotionModel();

    /** The weights of the vocal arousal score (task {@code vocal-arousal}); without it, the literature prior. */
    @WithDefault(ArousalModel.TRAINED_ID)
    String arousalModel();
}
