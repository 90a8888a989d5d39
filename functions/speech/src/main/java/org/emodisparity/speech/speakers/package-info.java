/**
 * Who speaks when in the session's audio and which speaker is the client:
 * {@link org.emodisparity.speech.speakers.SpeakerFinder} takes the most trusted source the session has
 * (participant audio, speaker names in the transcript, an active-speaker timeline, else diarisation of the mixed
 * track by {@code org.emodisparity.speech.diarization}) and gives each speaker's speech to the vocal analysis.
 */
package org.emodisparity.speech.speakers;
