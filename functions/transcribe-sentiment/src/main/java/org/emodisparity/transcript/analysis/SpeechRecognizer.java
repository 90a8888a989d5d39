package org.emodisparity.transcript.analysis;

/** Speech to timed text. */
public interface SpeechRecognizer extends AutoCloseable {

    /** Segments with absolute times (seconds from the start of {@code audio}) covering the whole recording. */
    Transcript transcribe(MonoAudio16k audio) throws SpeechRecognitionException;

    @Override
    void close();
}
