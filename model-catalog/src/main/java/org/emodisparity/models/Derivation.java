package org.emodisparity.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How install produces a derived file from a source file of the same model. */
public enum Derivation {
    /** {@code org.emodisparity.models.tfjs.TfjsGraphImporter} (tools/model-tools): TF.js graph model.json (+ shards) to ONNX. */
    @JsonProperty("tfjs-graph-to-onnx") TFJS_GRAPH_TO_ONNX
}
