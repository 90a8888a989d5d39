package org.emodisparity.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emodisparity.model.Stage;

/**
 * An episode's evidence in the words a clinician reads in a minute: what the client said (quoted), what the face
 * showed and when, how the voice differed from the client's own usual voice. Numbers stay in {@code report.json}.
 */
final class EpisodeWording {
    static final int MAX_QUOTE = 300;

    private EpisodeWording() {
    }

    /** {@code m:ss} (or {@code h:mm:ss}) of a time in seconds. */
    static String clock(double seconds) {
        long s = Math.round(Math.floor(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A media-fragment time range ({@code #t=start,end}) a player page can seek to. */
    static String fragment(double start, double end) {
        return String.format(Locale.ROOT, "#t=%.2f,%.2f", start, end);
    }

    static List<String> explain(Disparity.Episode e) {
        List<String> lines = new ArrayList<>();
        String span = clock(e.start()) + " and " + clock(e.end());
        for (Disparity.ModalityView v : e.modalities()) {
            if (v.stage() == Stage.FACE && v.topLabel() != null) {
                lines.add(String.format(Locale.ROOT, "Face: mostly %s (%d%%) between %s.", v.topLabel().label(),
                        Math.round(100 * v.probability()), span));
            } else if (v.stage() == Stage.SPEECH) {
                voice(v, evidence(e, Stage.SPEECH)).ifPresent(lines::add);
            } else if (v.stage() == Stage.TRANSCRIPT && v.topLabel() != null) {
                Object text = evidence(e, Stage.TRANSCRIPT).get("text");
                String quote = text == null ? "" : text.toString().strip();
                if (quote.length() > MAX_QUOTE) {
                    quote = quote.substring(0, MAX_QUOTE - 1) + "…";
                }
                lines.add(String.format(Locale.ROOT, "Words: %s (%d%%)%s", v.topLabel().label(),
                        Math.round(100 * v.probability()), quote.isEmpty() ? "." : " — the client said “" + quote + "”"));
            }
        }
        return lines;
    }

    private static java.util.Optional<String> voice(Disparity.ModalityView v, Map<String, Object> evidence) {
        if (v.topLabel() != null) {
            return java.util.Optional.of(String.format(Locale.ROOT, "Voice: mostly %s (%d%%).", v.topLabel().label(),
                    Math.round(100 * v.probability())));
        }
        if (v.arousal() == null) {
            return java.util.Optional.empty();
        }
        double a = v.arousal();
        String level = Math.abs(a) < 0.2 ? "about as activated as the client's usual voice"
                : (Math.abs(a) < 0.5 ? "somewhat " : "clearly ") + (a > 0 ? "more" : "less")
                        + " activated than the client's usual voice";
        List<String> cues = new ArrayList<>();
        // the speech stage's z-scores against the client's own voice ("z F0 level"), averaged over the episode
        cue(evidence, "z F0 level", "pitch higher", "pitch lower", cues);
        cue(evidence, "z loudness", "louder", "quieter", cues);
        cue(evidence, "z speaking rate", "faster", "slower", cues);
        cue(evidence, "z F0 range", "pitch more varied", "pitch flatter", cues);
        cue(evidence, "z spectral centroid", "voice brighter", "voice duller", cues);
        return java.util.Optional.of("Voice: " + level + (cues.isEmpty() ? "" : " (" + String.join(", ", cues) + ")")
                + ".");
    }

    /** A cue named in words when it moved by at least one standard deviation of the client's own voice. */
    private static void cue(Map<String, Object> evidence, String key, String up, String down, List<String> out) {
        if (evidence.get(key) instanceof Number n && Math.abs(n.doubleValue()) >= 1) {
            out.add(String.format(Locale.ROOT, "%s than usual, %+.1f SD", n.doubleValue() > 0 ? up : down,
                    n.doubleValue()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> evidence(Disparity.Episode e, Stage stage) {
        Object o = e.evidence() == null ? null : e.evidence().get(stage.id());
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
