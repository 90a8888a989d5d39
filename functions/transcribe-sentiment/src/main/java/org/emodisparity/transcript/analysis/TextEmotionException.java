package org.emodisparity.transcript.analysis;

/** A text-emotion model could not be loaded or run (ONNX Runtime, tokenizer or model files). */
public class TextEmotionException extends Exception {
    public TextEmotionException(String message, Throwable cause) {
        super(message, cause);
    }
}
