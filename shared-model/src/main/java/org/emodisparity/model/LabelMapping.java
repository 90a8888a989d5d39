package org.emodisparity.model;

import static org.emodisparity.model.Emotion.ANGER;
import static org.emodisparity.model.Emotion.CONTEMPT;
import static org.emodisparity.model.Emotion.DISGUST;
import static org.emodisparity.model.Emotion.FEAR;
import static org.emodisparity.model.Emotion.HAPPINESS;
import static org.emodisparity.model.Emotion.NEUTRAL;
import static org.emodisparity.model.Emotion.SADNESS;
import static org.emodisparity.model.Emotion.SURPRISE;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mapping tables from the label sets of public emotion models/data sets to the canonical labels.
 * A model's catalog entry names its table; the table maps each of the model's output labels
 * (case-insensitive) to one canonical label.
 */
public enum LabelMapping {
    /** FER2013 (and the mini-Xception trained on it): angry, disgust, fear, happy, sad, surprise, neutral. */
    FER2013(Map.of("angry", ANGER, "disgust", DISGUST, "fear", FEAR, "happy", HAPPINESS,
            "sad", SADNESS, "surprise", SURPRISE, "neutral", NEUTRAL)),
    /** CK+ (the paper's face data set): seven emotions with contempt; some exports add neutral. */
    CK_PLUS(Map.of("anger", ANGER, "contempt", CONTEMPT, "disgust", DISGUST, "fear", FEAR,
            "happy", HAPPINESS, "sadness", SADNESS, "surprise", SURPRISE, "neutral", NEUTRAL)),
    /** TESS (the paper's speech data set); "ps" is "pleasant surprise". */
    TESS(Map.of("angry", ANGER, "disgust", DISGUST, "fear", FEAR, "happy", HAPPINESS,
            "neutral", NEUTRAL, "ps", SURPRISE, "pleasant_surprise", SURPRISE, "sad", SADNESS)),
    /** RAVDESS; "calm" has no canonical counterpart and is treated as neutral (low arousal, neutral valence). */
    RAVDESS(Map.of("neutral", NEUTRAL, "calm", NEUTRAL, "happy", HAPPINESS, "sad", SADNESS,
            "angry", ANGER, "fearful", FEAR, "disgust", DISGUST, "surprised", SURPRISE)),
    /** CREMA-D's six three-letter codes. */
    CREMA_D(Map.of("ang", ANGER, "dis", DISGUST, "fea", FEAR, "hap", HAPPINESS, "neu", NEUTRAL, "sad", SADNESS)),
    /**
     * GoEmotions' 28 labels, grouped as in the GoEmotions paper's Ekman mapping (Demszky et al. 2020,
     * {@code ekman_mapping.json}); "neutral" stays neutral.
     */
    GOEMOTIONS(goEmotions()),
    /** GoEmotions' own Ekman taxonomy (anger, disgust, fear, joy, neutral, sadness, surprise). */
    GOEMOTIONS_EKMAN(Map.of("anger", ANGER, "disgust", DISGUST, "fear", FEAR, "joy", HAPPINESS,
            "neutral", NEUTRAL, "sadness", SADNESS, "surprise", SURPRISE));

    /** The 28 GoEmotions labels in the order of the data set's {@code labels.txt} and of common exports. */
    public static final List<String> GOEMOTIONS_LABELS = List.of("admiration", "amusement", "anger", "annoyance",
            "approval", "caring", "confusion", "curiosity", "desire", "disappointment", "disapproval", "disgust",
            "embarrassment", "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism",
            "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral");

    private final Map<String, Emotion> table;

    LabelMapping(Map<String, Emotion> table) {
        this.table = Map.copyOf(table);
    }

    private static Map<String, Emotion> goEmotions() {
        Map<String, Emotion> m = new LinkedHashMap<>();
        for (String s : List.of("anger", "annoyance", "disapproval")) m.put(s, ANGER);
        m.put("disgust", DISGUST);
        for (String s : List.of("fear", "nervousness")) m.put(s, FEAR);
        for (String s : List.of("joy", "amusement", "approval", "excitement", "gratitude", "love", "optimism",
                "relief", "pride", "admiration", "desire", "caring")) m.put(s, HAPPINESS);
        for (String s : List.of("sadness", "disappointment", "embarrassment", "grief", "remorse")) m.put(s, SADNESS);
        for (String s : List.of("surprise", "realization", "confusion", "curiosity")) m.put(s, SURPRISE);
        m.put("neutral", NEUTRAL);
        return m;
    }

    /** The canonical label for one of this table's labels; a label the table lacks is an error, not a guess. */
    public Emotion canonical(String modelLabel) {
        Emotion e = table.get(modelLabel.toLowerCase(Locale.ROOT));
        if (e == null) {
            throw new IllegalArgumentException("label '" + modelLabel + "' is not in mapping table " + name());
        }
        return e;
    }

    public Map<String, Emotion> table() {
        return table;
    }

    /**
     * Maps a model's per-label probabilities (softmax outputs) to the canonical distribution by summing the
     * probabilities of labels that share a canonical label.
     */
    public EmotionDistribution toCanonical(List<String> modelLabels, float[] probabilities) {
        if (modelLabels.size() != probabilities.length) {
            throw new IllegalArgumentException(modelLabels.size() + " labels but " + probabilities.length + " scores");
        }
        EnumMap<Emotion, Double> sums = new EnumMap<>(Emotion.class);
        for (int i = 0; i < probabilities.length; i++) {
            sums.merge(canonical(modelLabels.get(i)), (double) probabilities[i], Double::sum);
        }
        return new EmotionDistribution(sums);
    }
}
