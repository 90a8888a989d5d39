package org.emodisparity.transcript.analysis;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a transcript, by Optimaize's n-gram profiles (language-detector 0.6), among the languages therapy
 * sessions here are likely to be held in. The text-emotion models read English only: a transcript that is
 * confidently another language is reported as such instead of being scored as neutral by an English model.
 * Short or mixed text (under {@link #MIN_CHARS} letters, or no language above {@link #MIN_PROBABILITY}) counts as
 * English, so a few foreign words never switch a session off.
 */
public final class TranscriptLanguage {
    /** Fewer letters than this are not enough to tell a language. */
    public static final int MIN_CHARS = 40;
    public static final double MIN_PROBABILITY = 0.90;
    private static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "it", "pt", "nl", "pl", "sv", "da",
            "no", "fi", "tr", "ru", "uk", "cs", "ro", "hu", "el");
    private static volatile LanguageDetector detector;

    /** A detected language: ISO 639-1 code, English name, probability. */
    public record Guess(String code, String name, double probability) {
    }

    private TranscriptLanguage() {
    }

    /** The transcript's language when it is confidently not English. */
    public static Optional<Guess> notEnglish(String text) {
        if (text.codePoints().filter(Character::isLetter).count() < MIN_CHARS) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = detector().getProbabilities(
                CommonTextObjectFactories.forDetectingOnLargeText().forText(text));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DetectedLanguage best = found.get(0);
        String code = best.getLocale().getLanguage();
        if (code.equals("en") || best.getProbability() < MIN_PROBABILITY) {
            return Optional.empty();
        }
        return Optional.of(new Guess(code, Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH),
                best.getProbability()));
    }

    private static LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (TranscriptLanguage.class) {
                if (detector == null) {
                    try {
                        List<LanguageProfile> profiles = new LanguageProfileReader().read(LANGUAGES);
                        detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                                .withProfiles(profiles).build();
                    } catch (IOException e) {
                        throw new UncheckedIOException("language profiles of language-detector missing", e);
                    }
                }
                d = detector;
            }
        }
        return d;
    }
}
