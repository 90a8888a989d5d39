package org.emodisparity.transcript.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;

/**
 * Backchannels: the listener's short acknowledgements ("Yeah.", "Okay.", "Mm-hmm.", "Right.", "I see.") that keep a
 * conversation going and say nothing about how the speaker feels. A text classifier still gives them a distribution
 * (usually a confident "neutral", sometimes "happiness" for "Okay!"), and fusion, which weights each modality by its
 * confidence, would read that as evidence. So a backchannel's canonical distribution is flattened to
 * {@value #KEEP} of the model's plus the rest spread evenly over the same labels (with the seven labels of a
 * GoEmotions model its top probability is at most about 0.19), and no label is detected.
 *
 * <p>A text is a backchannel when, lower-cased and stripped of punctuation, it has at most {@value #MAX_WORDS}
 * words and all of them are acknowledgement tokens ({@link #TOKENS}), or it is one of a few acknowledgement
 * phrases ({@link #PHRASES}: "I see", "Got it"). "No.", "Oh no." and "Yeah, I hate it." are not.
 */
public final class Backchannels {
    /** Share of the model's distribution a backchannel keeps. */
    public static final double KEEP = 0.05;
    public static final int MAX_WORDS = 3;
    static final Set<String> TOKENS = Set.of("yeah", "yes", "yep", "yup", "yea", "ya", "ok", "okay", "k", "mm", "mmm",
            "mhm", "mm-hmm", "mm-hm", "mmhmm", "uh-huh", "uhhuh", "hmm", "hm", "uh", "um", "umm", "right", "sure",
            "alright", "oh", "ah", "aha", "ahh", "gotcha", "cool", "fine");
    /** Acknowledgement phrases whose words are not acknowledgements alone. */
    static final Set<String> PHRASES = Set.of("i see", "got it", "all right", "oh i see", "ok i see", "okay i see",
            "yeah i see", "i got it", "ok got it", "okay got it", "fair enough");

    private Backchannels() {
    }

    public static boolean is(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z\\-' ]", " ").replace("'", "")
                .replaceAll("\\s+", " ").strip();
        if (cleaned.isEmpty()) {
            return false;
        }
        if (PHRASES.contains(cleaned)) {
            return true;
        }
        List<String> words = List.of(cleaned.split(" "));
        return words.size() <= MAX_WORDS && TOKENS.containsAll(words);
    }

    /** The same result with its distribution flattened and no detected label. */
    public static TextEmotion soften(TextEmotion e) {
        Map<Emotion, Double> p = e.canonical().probabilities();
        if (p.isEmpty()) {
            return e;
        }
        double uniform = 1.0 / p.size();
        Map<Emotion, Double> flat = new EnumMap<>(Emotion.class);
        p.forEach((label, v) -> flat.put(label, KEEP * v + (1 - KEEP) * uniform));
        return new TextEmotion(e.scores(), List.of(), new EmotionDistribution(flat), e.modelIds());
    }
}
