/**
 * Who spoke when, and which speaker is the client.
 * <ul>
 *   <li>{@link org.emodisparity.model.speakers.SessionSpeakers}: the result (speakers, their turns, roles, the
 *       source of the turns, how the client was identified), written by the speech stage and shown in the
 *       report.</li>
 *   <li>{@link org.emodisparity.model.speakers.SpeakerRoles}: which speaker is the client (the clinic's name for
 *       them, role words, a clinician voice sample, a single speaker), or {@code unknown}.</li>
 *   <li>{@link org.emodisparity.model.speakers.MouthSync}: which voice the on-screen face's mouth moves with
 *       (fusion's last way to find the client when nothing names them).</li>
 *   <li>{@link org.emodisparity.model.speakers.SpeakerStats}: talk time, share, turns, response latency, overlap.</li>
 *   <li>{@link org.emodisparity.model.speakers.SpeakerTimeline}: Zoom's active-speaker timeline file.</li>
 *   <li>{@link org.emodisparity.model.speakers.ParticipantAudio}: each participant's own audio as the segmenter
 *       extracted it, from uploads or from the recording's own audio streams (one person per stream).</li>
 *   <li>{@link org.emodisparity.model.speakers.SpeakerNames}, {@link org.emodisparity.model.speakers.Turns}:
 *       name matching and interval operations.</li>
 * </ul>
 * Speaker turns from audio alone (diarisation) are found in the speech function
 * ({@code org.emodisparity.speech.diarization}).
 */
package org.emodisparity.model.speakers;
