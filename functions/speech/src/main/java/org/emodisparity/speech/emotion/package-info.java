/**
 * Speech emotion from a wav2vec2-class ONNX audio classifier (the paper/production profile).
 *
 * <p>Pipeline: {@link org.emodisparity.speech.emotion.SpeechEmotionClassifier} turns one clip of 16 kHz mono PCM
 * into the model's label probabilities and the canonical {@link org.emodisparity.model.EmotionDistribution};
 * {@link org.emodisparity.speech.emotion.SpeechEmotionAnalyzer} runs it per phrase (chunking long phrases, skipping
 * short ones with a reason) and spreads the phrase distributions over the session's
 * {@link org.emodisparity.model.TimeWindow}s by overlap; a window without a classified phrase has no distribution.
 *
 * <p>Chunking: a phrase longer than the maximum (27 s as in the paper, or less where the model's input has a
 * fixed length) is cut into the fewest <em>equal</em>, non-overlapping chunks that fit. Equal chunks avoid a short
 * tail (a 28 s phrase gives 2 × 14 s, not 27 s + 1 s), so every chunk has enough context for the classifier; no
 * overlap, because overlapping audio would be counted twice in the phrase mean. A phrase's probabilities are the
 * duration-weighted mean of its chunks' probabilities.
 */
package org.emodisparity.speech.emotion;
