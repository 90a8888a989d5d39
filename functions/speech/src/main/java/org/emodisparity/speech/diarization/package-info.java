/**
 * Speaker diarisation without trained weights: who spoke when in a mixed track, and whose voice a sample is.
 * <ul>
 *   <li>{@link org.emodisparity.speech.diarization.SpeakerDiarizer}: MFCC → pieces → BIC agglomerative clustering
 *       (fixed or automatic number of speakers) → re-segmentation → {@link org.emodisparity.speech.diarization.Diarization}
 *       ({@link org.emodisparity.speech.diarization.SpeakerTurn}s and notes);</li>
 *   <li>{@link org.emodisparity.speech.diarization.VoiceProfile}: a voice's Gaussian, for matching a clinician's voice
 *       sample to a speaker;</li>
 *   <li>{@code Mfcc}, {@code Gaussian}: the features and the statistics (Commons Math for the FFT, in place through {@code analysis.PowerSpectrum}, and linear algebra).</li>
 * </ul>
 * Measured on the AMI excerpts and on two-person sessions built from real voices: see {@code DiarizationBench}.
 */
package org.emodisparity.speech.diarization;
