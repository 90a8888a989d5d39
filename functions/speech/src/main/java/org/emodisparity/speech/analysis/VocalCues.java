package org.emodisparity.speech.analysis;

import org.emodisparity.model.TimeWindow;

/**
 * Vocal cues of one interval, measured over the speech inside it. Unless {@code presence} is
 * {@link SpeechPresence#SPEECH} every measurement is null: an interval without speech has no cues, not zero cues.
 * Within speech, a measurement is null when its own basis is missing: F0 statistics and HNR need enough voiced
 * frames, jitter and shimmer enough consecutive glottal cycles, the syllable rate at least some voicing.
 *
 * @param interval the interval measured
 * @param presence whether the measurements below exist
 * @param speechSeconds seconds of detected speech inside the interval (always given)
 * @param voicedFraction voiced frames / speech frames
 * @param f0MedianHz median F0 of the voiced speech frames (YIN)
 * @param f0P5Hz 5th percentile of F0
 * @param f0P95Hz 95th percentile of F0
 * @param f0RangeSemitones 12·log2(p95 / p5): F0 range on the perceptual (log) scale
 * @param loudnessDbfs mean power of the speech samples in dB re a full-scale square wave (a full-scale sine is
 *        −3 dBFS); relative, it depends on recording gain
 * @param syllableRate syllable nuclei per second of speech (articulation rate, pauses excluded; de Jong &amp; Wempe
 *        2009)
 * @param pauseRatio pause time / speech span, the span running from the first to the last speech in the interval; a
 *        pause is a silence of at least the minimum pause length between speech regions
 * @param pauseCount number of such pauses
 * @param jitterLocal mean absolute difference of consecutive glottal periods / mean period (fraction, not %)
 * @param shimmerLocal mean absolute difference of consecutive cycle amplitudes / mean amplitude (fraction)
 * @param hnrDb mean harmonics-to-noise ratio of the voiced frames (Boersma 1993), dB
 * @param alphaRatioDb mean alpha ratio of the voiced frames, 10·log10(energy 1–5 kHz / 50–1000 Hz), dB (eGeMAPS)
 * @param hammarbergDb mean Hammarberg index of the voiced frames: strongest power 0–2 kHz over 2–5 kHz, dB
 * @param slope0to500 mean spectral slope 0–500 Hz of the voiced frames, dB per kHz
 * @param slope500to1500 mean spectral slope 500–1500 Hz of the voiced frames, dB per kHz
 * @param spectralCentroidHz mean spectral centroid of the speech frames, Hz
 * @param spectralFlux mean spectral flux between consecutive speech frames (see {@link SpectralTracks})
 */
public record VocalCues(
        TimeWindow interval,
        SpeechPresence presence,
        double speechSeconds,
        Double voicedFraction,
        Double f0MedianHz,
        Double f0P5Hz,
        Double f0P95Hz,
        Double f0RangeSemitones,
        Double loudnessDbfs,
        Double syllableRate,
        Double pauseRatio,
        Integer pauseCount,
        Double jitterLocal,
        Double shimmerLocal,
        Double hnrDb,
        Double alphaRatioDb,
        Double hammarbergDb,
        Double slope0to500,
        Double slope500to1500,
        Double spectralCentroidHz,
        Double spectralFlux) {

    /** An interval without (enough) speech: no measurements. */
    public static VocalCues absent(TimeWindow interval, SpeechPresence presence, double speechSeconds) {
        if (presence == SpeechPresence.SPEECH) {
            throw new IllegalArgumentException("absent cues need NO_SPEECH or TOO_LITTLE_SPEECH");
        }
        return new VocalCues(interval, presence, speechSeconds, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    public boolean hasSpeech() {
        return presence == SpeechPresence.SPEECH;
    }
}
