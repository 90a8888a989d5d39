package org.emodisparity.speech.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Weights and scale floors of the vocal arousal score (see {@link VocalArousalEstimator}), and the id of the model
 * they are, which every score carries.
 *
 * <p>The product's weights are data: {@code arousal-model.json} of the catalog model {@value #TRAINED_ID}
 * (logistic regression on per-speaker z-scores of EmoDB, four speakers; trained by
 * {@code org.emodisparity.speech.training.TrainVocalArousal}), read by {@link #read(Path)}. A weight's sign says
 * which way the cue moves with arousal; a cue with weight 0 is not used.
 *
 * <p>Where that file is not installed, {@link #prior()} ({@value #PRIOR_ID}) is the documented fallback from the
 * literature: F0 level 0.35, loudness 0.35, F0 range 0.15, speaking rate 0.15, no spectral cue. Mean F0 and intensity
 * are the most consistent arousal cues across studies (Juslin &amp; Laukka 2003, Psychol. Bull. 129(5); Banse &amp;
 * Scherer 1996, JPSP 70(3); Scherer 2003, Speech Commun. 40); F0 variability and rate rise with arousal less
 * consistently. Its scale floors (the smallest spread a speaker's baseline is credited with): 1 semitone for F0
 * level, 1.5 semitones for F0 range, 2 dB for loudness, 0.5 syllables/s for rate, 1 dB for HNR, alpha ratio and
 * Hammarberg index, 2 and 1 dB/kHz for the slopes 0–500 and 500–1500 Hz, 50 Hz for the centroid, 0.5 for the flux
 * — each a small but clearly measurable difference, so a short or monotonous baseline cannot turn tiny changes into
 * huge z-scores.
 *
 * @param id the model id the scores carry
 * @param weights signed weight per cue (missing = 0)
 * @param scaleFloors scale floor per cue, every cue &gt; 0
 */
public record ArousalModel(String id, Map<ArousalFeature, Double> weights, Map<ArousalFeature, Double> scaleFloors) {
    /** Catalog id of the trained weights. */
    public static final String TRAINED_ID = "vocal-arousal-lr-emodb4";
    /** The file of {@value #TRAINED_ID} in the models directory. */
    public static final String FILE_NAME = "arousal-model.json";
    /** Id carried by scores made with {@link #prior()}. */
    public static final String PRIOR_ID = "vocal-arousal-prior";

    public ArousalModel {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an arousal model needs an id");
        }
        EnumMap<ArousalFeature, Double> w = new EnumMap<>(ArousalFeature.class);
        for (ArousalFeature f : ArousalFeature.values()) {
            double weight = weights.getOrDefault(f, 0.0);
            if (!Double.isFinite(weight) || !(scaleFloors.getOrDefault(f, 0.0) > 0)) {
                throw new IllegalArgumentException("need a finite weight and a scale floor > 0 for " + f);
            }
            w.put(f, weight);
        }
        if (totalWeight(w) == 0) {
            throw new IllegalArgumentException("an arousal model needs at least one non-zero weight");
        }
        weights = Collections.unmodifiableMap(w);
        scaleFloors = Collections.unmodifiableMap(new EnumMap<>(scaleFloors));
    }

    /** The literature prior, used where the trained weights are not installed. */
    public static ArousalModel prior() {
        Map<ArousalFeature, Double> weights = new EnumMap<>(ArousalFeature.class);
        weights.put(ArousalFeature.F0_LEVEL, 0.35);
        weights.put(ArousalFeature.LOUDNESS, 0.35);
        weights.put(ArousalFeature.F0_RANGE, 0.15);
        weights.put(ArousalFeature.SPEAKING_RATE, 0.15);
        return new ArousalModel(PRIOR_ID, weights, priorFloors());
    }

    /** Same as {@link #prior()}. */
    public static ArousalModel defaults() {
        return prior();
    }

    /** The prior's scale floors (see the class comment). */
    public static Map<ArousalFeature, Double> priorFloors() {
        Map<ArousalFeature, Double> floors = new EnumMap<>(ArousalFeature.class);
        floors.put(ArousalFeature.F0_LEVEL, 1.0);
        floors.put(ArousalFeature.F0_RANGE, 1.5);
        floors.put(ArousalFeature.LOUDNESS, 2.0);
        floors.put(ArousalFeature.SPEAKING_RATE, 0.5);
        floors.put(ArousalFeature.HNR, 1.0);
        floors.put(ArousalFeature.ALPHA_RATIO, 1.0);
        floors.put(ArousalFeature.HAMMARBERG_INDEX, 1.0);
        floors.put(ArousalFeature.SLOPE_0_500, 2.0);
        floors.put(ArousalFeature.SLOPE_500_1500, 1.0);
        floors.put(ArousalFeature.SPECTRAL_CENTROID, 50.0);
        floors.put(ArousalFeature.SPECTRAL_FLUX, 0.5);
        return floors;
    }

    /**
     * Reads a model file: {@code id}, and {@code cues}: an object from {@link ArousalFeature} name to
     * {@code {"weight": w, "scaleFloor": f, ...}}; other fields (provenance, figures) are documentation.
     *
     * @throws IllegalArgumentException naming the file when it is not such a model
     */
    public static ArousalModel read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the arousal model " + file, e);
        }
        try {
            Map<ArousalFeature, Double> weights = new EnumMap<>(ArousalFeature.class);
            Map<ArousalFeature, Double> floors = new EnumMap<>(ArousalFeature.class);
            JsonNode cues = root.required("cues");
            for (Iterator<Map.Entry<String, JsonNode>> it = cues.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                ArousalFeature f = ArousalFeature.valueOf(e.getKey());
                weights.put(f, e.getValue().required("weight").asDouble());
                floors.put(f, e.getValue().required("scaleFloor").asDouble());
            }
            return new ArousalModel(root.required("id").asText(), weights, floors);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an arousal model: " + file + ": " + e.getMessage(), e);
        }
    }

    public double weight(ArousalFeature feature) {
        return weights.get(feature);
    }

    public double scaleFloor(ArousalFeature feature) {
        return scaleFloors.get(feature);
    }

    /** Σ |w_k|. */
    public double totalWeight() {
        return totalWeight(weights);
    }

    private static double totalWeight(Map<ArousalFeature, Double> weights) {
        return weights.values().stream().mapToDouble(Math::abs).sum();
    }
}
