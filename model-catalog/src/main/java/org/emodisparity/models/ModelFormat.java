package org.emodisparity.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The file format a model is published in. */
public enum ModelFormat {
    @JsonProperty("onnx") ONNX,
    @JsonProperty("tfjs-graph") TFJS_GRAPH,
    @JsonProperty("ggml") GGML,
    @JsonProperty("gguf") GGUF,
    @JsonProperty("tokenizer") TOKENIZER,
    /** Model parameters as a JSON data file (e.g. the vocal arousal weights). */
    @JsonProperty("json") JSON;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
