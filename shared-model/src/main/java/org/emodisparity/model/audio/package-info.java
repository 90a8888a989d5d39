/**
 * Audio the stages share: {@link org.emodisparity.model.audio.Wav16k}, the one reader of the segmenter's 16 kHz
 * {@code audio.wav} (and of the participant and clinician audio it writes).
 */
package org.emodisparity.model.audio;
