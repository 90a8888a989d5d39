package org.emodisparity.transcript.analysis;

/** Speech recognition could not run: native library, model file, or the recogniser itself failed. */
public class SpeechRecognitionException extends Exception {
    public SpeechRecognitionException(String message) {
        super(message);
    }

    public SpeechRecognitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
