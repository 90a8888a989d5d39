package org.emodisparity.model.speakers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.emodisparity.model.speakers.SessionSpeakers.Role;

/**
 * Speaker names as transcripts and participant files spell them, and the role words some exports use instead of
 * names ("Therapist:", "Client:").
 */
public final class SpeakerNames {
    private static final Set<String> CLIENT_WORDS = Set.of("client", "patient");
    private static final Set<String> CLINICIAN_WORDS = Set.of("therapist", "clinician", "counselor", "counsellor",
            "psychologist", "psychiatrist", "provider");

    private SpeakerNames() {
    }

    /** Case, accents, surrounding space and repeated inner space do not make two names different. */
    public static String normalise(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** The role a speaker label states by itself ("Client", "Therapist"), if it is a role word. */
    public static Optional<Role> roleWord(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = normalise(name);
        if (CLIENT_WORDS.contains(n)) {
            return Optional.of(Role.CLIENT);
        }
        if (CLINICIAN_WORDS.contains(n)) {
            return Optional.of(Role.CLINICIAN);
        }
        return Optional.empty();
    }
}
