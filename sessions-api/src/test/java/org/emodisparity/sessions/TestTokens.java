package org.emodisparity.sessions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** Tokens of the local issuer, whose public key the application under test verifies with (target/jwt). */
final class TestTokens {
    static final Path KEYS = Path.of("target/jwt");

    private TestTokens() {
    }

    static LocalTokenIssuer issuer() {
        try {
            return new LocalTokenIssuer(KEYS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String clinician(String clinic) {
        return issuer().issue("dr-" + clinic, clinic, Set.of(Roles.CLINICIAN), Duration.ofMinutes(5));
    }

    static String admin(String clinic) {
        return issuer().issue("admin-" + clinic, clinic, Set.of(Roles.ADMIN), Duration.ofMinutes(5));
    }
}
