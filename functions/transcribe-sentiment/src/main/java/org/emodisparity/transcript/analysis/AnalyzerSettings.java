package org.emodisparity.transcript.analysis;

import java.util.List;
import org.emodisparity.models.onnx.OrtSessionSettings;

/**
 * Which installed models the analyser uses and how they run.
 *
 * @param asrModelIds Whisper catalog ids in order of preference; the first installed one is used
 * @param whisper how Whisper runs
 * @param textModelIds text-emotion catalog ids in order of preference ({@code roberta-go-emotions} for the paper's
 *                     setup, {@code goemotions-xed-bge-small-head} for the default profile); the first installed
 *                     one wins
 * @param ort ONNX Runtime threads and spinning for the text models
 * @param splitter sentence splitting
 */
public record AnalyzerSettings(List<String> asrModelIds, WhisperSettings whisper, List<String> textModelIds,
        OrtSessionSettings ort, SentenceSplitter splitter) {

    public AnalyzerSettings {
        asrModelIds = List.copyOf(asrModelIds);
        textModelIds = List.copyOf(textModelIds);
    }

    public static AnalyzerSettings defaults() {
        return new AnalyzerSettings(List.of("whisper-base-en", "whisper-small"), WhisperSettings.defaults(),
                List.of(SequenceEmotionClassifier.ROBERTA_MODEL_ID, EncoderHeadClassifier.DEFAULT_HEAD_ID),
                OrtSessionSettings.defaults(), SentenceSplitter.defaults());
    }
}
