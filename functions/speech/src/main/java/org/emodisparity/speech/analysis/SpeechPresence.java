package org.emodisparity.speech.analysis;

/** Whether an interval holds enough speech for vocal cues to be measured. */
public enum SpeechPresence {
    /** Enough speech: the cues are measurements. */
    SPEECH,
    /** Some speech, but less than the minimum for stable cues; nothing is measured. */
    TOO_LITTLE_SPEECH,
    /** No detected speech; nothing is measured. */
    NO_SPEECH
}
