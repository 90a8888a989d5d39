package org.emodisparity.model.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never reach a log line, as text rewrites: the file-name part of upload keys (users name files after
 * their clients), compact JWTs and bearer/authorization values (whoever holds a token holds the clinic's data).
 * Transcript text cannot be recognised by a pattern: no log statement prints it, and an end-to-end test checks.
 */
public final class PhiRedaction {
    public static final String REDACTED = "[redacted]";
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    private record Rule(Pattern pattern, String replacement) {
        String apply(String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    private static final List<Rule> RULES = List.of(
            // a quoted upload key: everything up to the closing quote is the user's file name, spaces included
            new Rule(Pattern.compile("(['\"])(uploads/" + ID + "/" + ID + "/)[^'\"\\r\\n]+"),
                    "$1$2" + Matcher.quoteReplacement(REDACTED)),
            // an unquoted one: up to the first file extension (names may contain spaces), else the next blank
            new Rule(Pattern.compile("(uploads/" + ID + "/" + ID + "/)(?!\\[redacted])(?:[^'\"\\r\\n]*?\\.[A-Za-z0-9]{2,5}"
                    + "(?=$|[\\s'\",;:)\\]}])|[^\\s'\"]+)"), "$1" + Matcher.quoteReplacement(REDACTED)),
            // temporary copies of objects keep the key's file name as suffix (ObjectStore.localFile)
            new Rule(Pattern.compile("(object-\\d+-)[^\\s'\"/]+"), "$1" + Matcher.quoteReplacement(REDACTED)),
            new Rule(Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"), "[redacted-jwt]"),
            new Rule(Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]+"), "$1 " + Matcher.quoteReplacement(REDACTED)),
            new Rule(Pattern.compile("(?i)(authorization[\"']?\\s*[:=]\\s*[\"']?)(?!bearer\\b)[^\\s\"',;}]+"),
                    "$1" + Matcher.quoteReplacement(REDACTED)));

    private PhiRedaction() {
    }

    /** The text with every protected value replaced; null stays null. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule rule : RULES) {
            out = rule.apply(out);
        }
        return out;
    }
}
