package org.emodisparity.speech.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Weights and scale floors of the vocal arousal score (see {@link VocalArousalEstimator}).
 *
 * <p>Default weights: F0 level 0.35, loudness 0.35, F0 range 0.15, speaking rate 0.15. Mean F0 and intensity are the
 * most consistent arousal cues across studies (Juslin &amp; Laukka 2003, Psychol. Bull. 129(5); Banse &amp; Scherer
 * 1996, JPSP 70(3); Scherer 2003, Speech Commun. 40); F0 variability and rate rise with arousal less consistently
 * (anger and fear are fast and variable, but some high-arousal expressions are not; sadness is reliably slow and
 * flat), and the rate proxy is the noisiest measurement on short intervals.
 *
 * <p>Default scale floors (the smallest spread a speaker's baseline is credited with): 1 semitone for F0 level,
 * 1.5 semitones for F0 range, 2 dB for loudness, 0.5 syllables/s for rate — each a small but clearly audible
 * difference, so a short or monotonous baseline cannot turn tiny changes into huge z-scores.
 */
public record ArousalModel(Map<ArousalFeature, Double> weights, Map<ArousalFeature, Double> scaleFloors) {
    public ArousalModel {
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        scaleFloors = Collections.unmodifiableMap(new EnumMap<>(scaleFloors));
        for (ArousalFeature f : ArousalFeature.values()) {
            if (!(weights.getOrDefault(f, 0.0) >= 0) || !(scaleFloors.getOrDefault(f, 0.0) > 0)) {
                throw new IllegalArgumentException("need a weight ≥ 0 and a scale floor > 0 for " + f);
            }
        }
    }

    public static ArousalModel defaults() {
        Map<ArousalFeature, Double> weights = new EnumMap<>(ArousalFeature.class);
        weights.put(ArousalFeature.F0_LEVEL, 0.35);
        weights.put(ArousalFeature.LOUDNESS, 0.35);
        weights.put(ArousalFeature.F0_RANGE, 0.15);
        weights.put(ArousalFeature.SPEAKING_RATE, 0.15);
        Map<ArousalFeature, Double> floors = new EnumMap<>(ArousalFeature.class);
        floors.put(ArousalFeature.F0_LEVEL, 1.0);
        floors.put(ArousalFeature.F0_RANGE, 1.5);
        floors.put(ArousalFeature.LOUDNESS, 2.0);
        floors.put(ArousalFeature.SPEAKING_RATE, 0.5);
        return new ArousalModel(weights, floors);
    }

    public double weight(ArousalFeature feature) {
        return weights.get(feature);
    }

    public double scaleFloor(ArousalFeature feature) {
        return scaleFloors.get(feature);
    }

    public double totalWeight() {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
