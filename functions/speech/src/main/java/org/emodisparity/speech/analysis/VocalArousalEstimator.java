package org.emodisparity.speech.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Vocal arousal: a continuous score of how activated a voice sounds in an interval compared with the same speaker's
 * baseline in the session. It is <em>not</em> a categorical emotion: anger and joy both score high, sadness and calm
 * both low.
 *
 * <p>Formula. For each cue k of {@link ArousalFeature} with value x_k in the interval, baseline mean μ_k and standard
 * deviation σ_k over the session's speech intervals of the same kind (weighted by their speech duration), and scale
 * floor f_k:
 * <pre>
 *   z_k   = (x_k − μ_k) / sqrt(σ_k² + f_k²)
 *   Z     = Σ_k w_k z_k / Σ_k |w_k|                       over the cues measured in the interval
 *   value = tanh(Z)                                        in (−1, 1)
 * </pre>
 * with the signed weights w_k and floors f_k of the {@link ArousalModel}: the trained model
 * ({@value ArousalModel#TRAINED_ID}, logistic regression on exactly these z-scores, loudness with a prior weight) or
 * the literature prior. Z is the weighted mean z-score in the direction of arousal; the z-scores themselves are the
 * evidence ("F0 +1.8 SD, alpha ratio +1.2 SD").
 *
 * <p>Basis. Absolute levels differ far more between speakers (sex, age, microphone) than within one speaker across
 * emotions, hence z-scores against the speaker's own session baseline; the floor f_k keeps the z-scores sane for a
 * short or monotonous baseline (with a single baseline interval σ_k = 0 and the floor alone sets the scale).
 */
public final class VocalArousalEstimator {
    /** Speech seconds at which an interval's cues count as fully reliable (for the confidence). */
    static final double FULL_CONFIDENCE_SPEECH_SECONDS = 1.0;

    private final ArousalModel model;

    public VocalArousalEstimator(ArousalModel model) {
        this.model = model;
    }

    public VocalArousalEstimator() {
        this(ArousalModel.prior());
    }

    public ArousalModel model() {
        return model;
    }

    /**
     * The baseline over the given intervals' cues, each weighted by its seconds of speech (so every second of speech
     * counts alike); intervals without speech are ignored. Pass intervals of one kind (all phrases, or all time
     * windows of a session): F0 range in particular grows with an interval's length.
     */
    public SpeakerBaseline baseline(Collection<VocalCues> speech) {
        Map<ArousalFeature, SpeakerBaseline.FeatureBaseline> features = new EnumMap<>(ArousalFeature.class);
        int intervals = 0;
        for (VocalCues c : speech) {
            intervals += c.hasSpeech() ? 1 : 0;
        }
        for (ArousalFeature feature : ArousalFeature.values()) {
            List<double[]> weighted = new ArrayList<>(); // {value, weight}
            for (VocalCues c : speech) {
                Double v = feature.valueOf(c);
                if (v != null) {
                    weighted.add(new double[] {v, c.speechSeconds()});
                }
            }
            if (!weighted.isEmpty()) {
                features.put(feature, stats(weighted));
            }
        }
        return new SpeakerBaseline(features, intervals);
    }

    public ArousalScore score(VocalCues cues, SpeakerBaseline baseline) {
        if (!cues.hasSpeech()) {
            return ArousalScore.unscored(ArousalScore.Status.NO_SPEECH, model.id());
        }
        Map<ArousalFeature, Double> z = new EnumMap<>(ArousalFeature.class);
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<ArousalFeature, Double> e : zScores(cues, baseline).entrySet()) {
            double w = model.weight(e.getKey());
            if (w != 0) {
                z.put(e.getKey(), e.getValue());
                weighted += w * e.getValue();
                weights += Math.abs(w);
            }
        }
        if (weights == 0) {
            return ArousalScore.unscored(ArousalScore.Status.INSUFFICIENT_CUES, model.id());
        }
        double meanZ = weighted / weights;
        double confidence = weights / model.totalWeight()
                * Math.min(1, cues.speechSeconds() / FULL_CONFIDENCE_SPEECH_SECONDS);
        return new ArousalScore(ArousalScore.Status.SCORED, Math.tanh(meanZ), meanZ, z, confidence, model.id());
    }

    /** The z-score of every cue measured in the interval and present in the baseline, whatever its weight. */
    public Map<ArousalFeature, Double> zScores(VocalCues cues, SpeakerBaseline baseline) {
        Map<ArousalFeature, Double> z = new EnumMap<>(ArousalFeature.class);
        for (ArousalFeature feature : ArousalFeature.values()) {
            Double x = feature.valueOf(cues);
            SpeakerBaseline.FeatureBaseline b = baseline.features().get(feature);
            if (x != null && b != null) {
                z.put(feature, (x - b.mean()) / Math.hypot(b.sd(), model.scaleFloor(feature)));
            }
        }
        return z;
    }

    /** Weighted mean and standard deviation (unbiased for reliability weights; 0 for a single interval). */
    private static SpeakerBaseline.FeatureBaseline stats(List<double[]> weighted) {
        double w = 0;
        double w2 = 0;
        double sum = 0;
        for (double[] vw : weighted) {
            w += vw[1];
            w2 += vw[1] * vw[1];
            sum += vw[1] * vw[0];
        }
        double mean = sum / w;
        double squares = 0;
        for (double[] vw : weighted) {
            squares += vw[1] * (vw[0] - mean) * (vw[0] - mean);
        }
        double denominator = w - w2 / w;
        double sd = weighted.size() > 1 && denominator > 0 ? Math.sqrt(squares / denominator) : 0;
        return new SpeakerBaseline.FeatureBaseline(mean, sd, weighted.size());
    }
}
