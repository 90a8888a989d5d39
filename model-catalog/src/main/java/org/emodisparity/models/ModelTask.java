package org.emodisparity.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a model does in the pipeline; the catalog spells these in kebab case. */
public enum ModelTask {
    @JsonProperty("face-detection") FACE_DETECTION,
    @JsonProperty("face-emotion") FACE_EMOTION,
    @JsonProperty("face-yolo-emotion") FACE_YOLO_EMOTION,
    @JsonProperty("speech-emotion") SPEECH_EMOTION,
    @JsonProperty("voice-activity") VOICE_ACTIVITY,
    @JsonProperty("asr") ASR,
    @JsonProperty("text-emotion") TEXT_EMOTION,
    @JsonProperty("text-encoder") TEXT_ENCODER,
    /** Weights of the vocal arousal score (a JSON data file, no network). */
    @JsonProperty("vocal-arousal") VOCAL_AROUSAL,
    @JsonProperty("llm") LLM;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
