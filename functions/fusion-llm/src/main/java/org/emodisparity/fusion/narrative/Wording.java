package org.emodisparity.fusion.narrative;

import java.math.BigDecimal;
import java.util.Locale;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.Stage;

/** How the narrative names modalities, labels, times and numbers; shared by the template and the LLM prompt. */
final class Wording {
    private Wording() {
    }

    /** What a reader calls each modality: its channel, not the pipeline stage. */
    static String modality(Stage stage) {
        return switch (stage) {
            case FACE -> "face";
            case SPEECH -> "voice";
            case TRANSCRIPT -> "words";
            default -> stage.id();
        };
    }

    static String adjective(Emotion emotion) {
        return switch (emotion) {
            case ANGER -> "angry";
            case CONTEMPT -> "contemptuous";
            case DISGUST -> "disgusted";
            case FEAR -> "fearful";
            case HAPPINESS -> "happy";
            case SADNESS -> "sad";
            case SURPRISE -> "surprised";
            case NEUTRAL -> "neutral";
        };
    }

    /** "7.5–19.7 s". */
    static String timeRange(double start, double end) {
        return seconds(start) + "\u2013" + seconds(end) + " s";
    }

    /** One decimal: the report's time resolution is a fraction of a 2.5 s window. */
    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f", s);
    }

    /** Two decimals, for probabilities and scores. */
    static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }

    /** At most three decimals, without trailing zeros: vocal cues in the prompt. */
    static String number(double v) {
        return new BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
