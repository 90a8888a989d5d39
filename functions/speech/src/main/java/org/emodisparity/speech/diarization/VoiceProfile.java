package org.emodisparity.speech.diarization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.speech.analysis.SpeechRegion;

/**
 * A voice as a Gaussian of its normalised MFCCs (see {@link Mfcc}), from a recording of one person: a clinician's
 * voice sample, or one speaker's speech in a session. Each recording is normalised on its own, which removes
 * its channel (microphone, room) but keeps the shape of the voice relative to it.
 */
public final class VoiceProfile {
    /**
     * The best match must be this much closer than the next one: a voice sample that is about as far from both
     * speakers matches neither.
     */
    static final double MARGIN = 0.8;
    /** Under this much speech a profile says too little. */
    static final double MIN_SECONDS = 1.0;

    private final Gaussian gaussian;

    private VoiceProfile(Gaussian gaussian) {
        this.gaussian = gaussian;
    }

    /** The profile of the speech in {@code speech} (16 kHz mono); empty when there is under 1 s of speech (a 19-dimensional covariance needs about 100 frames). */
    public static Optional<VoiceProfile> of(float[] pcm, List<SpeechRegion> speech) {
        Mfcc.Frames frames = new Mfcc().compute(pcm, speech);
        if (frames.size() * Mfcc.FRAME_SECONDS < MIN_SECONDS) {
            return Optional.empty();
        }
        return Optional.of(new VoiceProfile(Gaussian.of(frames.features(), 0, frames.size())));
    }

    /** Symmetric Kullback–Leibler divergence per dimension: 0 for the same voice, larger the more they differ. */
    public double distance(VoiceProfile other) {
        return Gaussian.divergence(gaussian, other.gaussian);
    }

    /** The id of the profile this voice matches, if one is clearly the closest (see {@link #MARGIN}). */
    public Optional<String> bestMatch(Map<String, VoiceProfile> candidates) {
        String best = null;
        double first = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, VoiceProfile> c : candidates.entrySet()) {
            double d = distance(c.getValue());
            if (d < first) {
                second = first;
                first = d;
                best = c.getKey();
            } else if (d < second) {
                second = d;
            }
        }
        if (best == null || (candidates.size() > 1 && first > MARGIN * second)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }
}
