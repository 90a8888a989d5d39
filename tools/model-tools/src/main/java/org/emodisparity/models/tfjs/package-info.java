/**
 * The TF.js graph model → ONNX importer of {@code models install} (derivation {@code tfjs-graph-to-onnx}):
 * {@link org.emodisparity.models.tfjs.TfjsGraphModel} reads {@code model.json} and its weight shards into
 * {@link org.emodisparity.models.tfjs.TfjsNode}s and {@link org.emodisparity.models.tfjs.TfjsTensor}s;
 * {@link org.emodisparity.models.tfjs.TfjsGraphImporter} writes the equivalent ONNX model (opset 13, byte-for-byte
 * deterministic) with the ONNX writer of {@code org.emodisparity.models.onnx}; an unsupported op or malformed graph is a
 * {@link org.emodisparity.models.tfjs.TfjsImportException}. Tool code: in {@code tools/model-tools}, never in a
 * function.
 */
package org.emodisparity.models.tfjs;
