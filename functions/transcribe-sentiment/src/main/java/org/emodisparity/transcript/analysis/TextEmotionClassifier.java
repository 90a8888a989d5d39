package org.emodisparity.transcript.analysis;

import java.util.List;

/**
 * Emotion per sentence from text alone. Implementations: {@link EncoderHeadClassifier} (the default: a catalog encoder
 * sentence embeddings and a head trained by this project) and {@link SequenceEmotionClassifier} (an ONNX sequence
 * classifier such as the paper's RoBERTa GoEmotions model).
 */
public interface TextEmotionClassifier extends AutoCloseable {

    /** One result per text, in order. Texts are classified in batches; an empty list gives an empty list. */
    List<TextEmotion> classify(List<String> texts) throws TextEmotionException;

    /** The catalog ids of the models behind the scores (reported with every result). */
    List<String> modelIds();

    @Override
    void close() throws TextEmotionException;

    /**
     * Releases a classifier's native parts in order; a part that cannot be released is a
     * {@link TextEmotionException} naming {@code what}.
     */
    static void release(String what, AutoCloseable... parts) throws TextEmotionException {
        try {
            for (AutoCloseable part : parts) {
                part.close();
            }
        } catch (IllegalStateException e) {
            throw new TextEmotionException("cannot release " + what, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TextEmotionException("cannot release " + what, e);
        }
    }
}
