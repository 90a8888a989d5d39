package org.emodisparity.fusion.narrative;

/** The narrative model could not be loaded: a missing or corrupt file, or llama.cpp's native library. */
public class NarrativeModelException extends RuntimeException {
    public NarrativeModelException(String message, Throwable cause) {
        super(message, cause);
    }

    public NarrativeModelException(String message) {
        super(message);
    }
}
