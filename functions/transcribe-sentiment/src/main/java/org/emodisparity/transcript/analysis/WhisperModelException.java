package org.emodisparity.transcript.analysis;

/** A Whisper model file that is missing, corrupt or rejected by whisper.cpp. */
public class WhisperModelException extends SpeechRecognitionException {
    public WhisperModelException(String message) {
        super(message);
    }

    public WhisperModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
