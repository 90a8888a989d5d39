/**
 * The transcribe-sentiment stage as plain Java (no Quarkus): what was said, when, by whom, and with which emotion.
 *
 * <p>Entry point: {@link org.emodisparity.transcript.analysis.TranscriptEmotionAnalyzer}
 * ({@code fromInstalledModels(ModelRepository, AnalyzerSettings)}, then
 * {@code analyse(Optional<Path> transcript, Optional<Path> wav16kMono, WindowPlan)} →
 * {@link org.emodisparity.transcript.analysis.TranscriptEmotionResult}).
 *
 * <ul>
 *   <li>Transcript ({@link org.emodisparity.transcript.analysis.TranscriptSources}): an uploaded WebVTT/SRT
 *       ({@link org.emodisparity.model.captions.CaptionParser}, shared-model), else Whisper through whisper-jni
 *       ({@link org.emodisparity.transcript.analysis.WhisperTranscriber}), else "unavailable"; an upload that
 *       cannot be read and nothing in its place is {@code UNREADABLE} with the parser's reason.</li>
 *   <li>Language ({@link org.emodisparity.transcript.analysis.TranscriptLanguage}, Optimaize n-grams): a transcript
 *       confidently not English is {@code UNSUPPORTED_LANGUAGE}, its sentences kept without scores.</li>
 *   <li>Sentences with times and speakers ({@link org.emodisparity.transcript.analysis.SentenceSplitter}).</li>
 *   <li>Text emotion per sentence ({@link org.emodisparity.transcript.analysis.TextEmotionClassifier}): the
 *       project's head over a catalog sentence encoder by default
 *       ({@link org.emodisparity.transcript.analysis.EncoderHeadClassifier}: bge-small-en-v1.5 int8 + a head trained on
 *       GoEmotions and XED, the encoder named by the head), the paper's RoBERTa GoEmotions ONNX model where
 *       installed; 28 scores, labels above threshold, calibrated canonical distribution
 *       ({@link org.emodisparity.transcript.analysis.CanonicalScores}); backchannels get little confidence
 *       ({@link org.emodisparity.transcript.analysis.Backchannels}). Training lives in {@code tools/text-training}.</li>
 *   <li>Sentences onto analysis windows ({@link org.emodisparity.transcript.analysis.SentenceWindows}).</li>
 * </ul>
 */
package org.emodisparity.transcript.analysis;
