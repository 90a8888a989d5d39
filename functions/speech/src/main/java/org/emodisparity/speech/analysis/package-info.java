/**
 * Speech analysis of one speaker's 16 kHz audio: voice activity ({@link org.emodisparity.speech.analysis.SileroVad},
 * {@link org.emodisparity.speech.analysis.SpeechRegionSegmenter}) → speech regions and phrases
 * ({@link org.emodisparity.speech.analysis.PhraseSplitter}); frame tracks on a 10 ms grid (pitch
 * {@link org.emodisparity.speech.analysis.PitchTracker}, energy {@link org.emodisparity.speech.analysis.EnergyTracks},
 * syllable nuclei, glottal cycles, harmonicity, spectral balance
 * {@link org.emodisparity.speech.analysis.SpectralTracks}) computed once in
 * {@link org.emodisparity.speech.analysis.AnalysedSignal}, from which the
 * {@link org.emodisparity.speech.analysis.VocalCues} of any interval are read; vocal arousal
 * ({@link org.emodisparity.speech.analysis.VocalArousalEstimator}): the cues of
 * {@link org.emodisparity.speech.analysis.ArousalFeature} z-scored against the speaker's
 * {@link org.emodisparity.speech.analysis.SpeakerBaseline}, weighted by an
 * {@link org.emodisparity.speech.analysis.ArousalModel} (the catalog's trained weights, or the prior), giving an
 * {@link org.emodisparity.speech.analysis.ArousalScore} with its evidence and model id.
 * {@link org.emodisparity.speech.analysis.SpeechAnalyzer} ties these together for one signal.
 */
package org.emodisparity.speech.analysis;
