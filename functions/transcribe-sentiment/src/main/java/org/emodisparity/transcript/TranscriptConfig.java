package org.emodisparity.transcript;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * {@code emodisparity.transcript.*}; each also settable as EMODISPARITY_TRANSCRIPT_* in the environment. The models
 * are catalog ids in order of preference (the first installed one is used): swapping one is a properties change
 * (and installing the model). The text-emotion classifier is picked by what the catalog entry is (a head over
 * sentence embeddings names its encoder; otherwise a sequence classifier), never by its id.
 */
@ConfigMapping(prefix = "emodisparity.transcript")
public interface TranscriptConfig {

    /** Speech recognition (task {@code asr}, Whisper GGML) when no transcript was uploaded. */
    @WithDefault("whisper-base-en,whisper-small")
    List<String> asrModels();

    /** Text emotion per sentence (task {@code text-emotion}). */
    @WithDefault("roberta-go-emotions,goemotions-xed-bge-small-head")
    List<String> textModels();
}
