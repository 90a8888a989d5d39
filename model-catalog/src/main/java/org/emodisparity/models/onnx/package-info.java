/**
 * ONNX Runtime sessions of the functions: {@link org.emodisparity.models.onnx.OrtSessionSettings} (threads,
 * execution provider, optimisation; one record for every model) and {@link org.emodisparity.models.onnx.OrtModelSession}
 * (a session opened with them, naming the provider it got).
 *
 * <p>The same package in {@code tools/model-tools} holds the ONNX writer ({@code OnnxGraphBuilder},
 * {@code OnnxModelWriter}, {@code OnnxTensor}, {@code OnnxDataType}, {@code OnnxAttribute}), used by the TF.js
 * importer, the text-head trainer and tests that build small models.
 */
package org.emodisparity.models.onnx;
