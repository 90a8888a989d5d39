package org.emodisparity.speech.analysis;

/** Vocal cues and vocal arousal of one phrase. */
public record PhraseAnalysis(Phrase phrase, VocalCues cues, ArousalScore arousal) {
}
