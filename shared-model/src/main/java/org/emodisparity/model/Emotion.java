package org.emodisparity.model;

/**
 * The canonical emotion label space every modality is mapped onto before fusion: Ekman's six basic
 * emotions plus contempt (as in CK+) and neutral.
 *
 * <p>Valence/arousal coordinates are approximate positions on Russell's circumplex (Russell 1980;
 * Scherer 2005, "What are emotions?", Fig. 2), each in [-1, 1]. They are used only to project a label
 * distribution onto two continuous axes so that modalities with different label sets can be compared.
 */
public enum Emotion {
    ANGER(-0.60, 0.70),
    CONTEMPT(-0.50, 0.20),
    DISGUST(-0.65, 0.35),
    FEAR(-0.70, 0.60),
    HAPPINESS(0.80, 0.50),
    SADNESS(-0.70, -0.40),
    SURPRISE(0.20, 0.80),
    NEUTRAL(0.00, 0.00);

    private final double valence;
    private final double arousal;

    Emotion(double valence, double arousal) {
        this.valence = valence;
        this.arousal = arousal;
    }

    public double valence() {
        return valence;
    }

    public double arousal() {
        return arousal;
    }

    /** Lower-case label as written in JSON and reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
