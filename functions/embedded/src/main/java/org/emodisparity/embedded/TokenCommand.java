package org.emodisparity.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emodisparity.model.SessionRef;
import org.emodisparity.sessions.LocalTokenIssuer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code token --clinic C --role clinician [--ttl 1h]}: a bearer token of the local issuer for the sessions API of
 * {@code serve} (no identity provider needed). Only the token goes to stdout, so it can be captured:
 * {@code TOKEN=$(./emodisparity token --clinic c1 --role clinician)}.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print a bearer token of the local issuer for the sessions API.")
public class TokenCommand implements Callable<Integer> {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([smhd])");

    @Option(names = "--clinic", required = true, description = "The clinic whose sessions the token may use.")
    String clinic;

    @Option(names = "--role", required = true, description = "clinician or admin (repeatable).")
    List<String> roles;

    @Option(names = "--ttl", description = "Lifetime, e.g. 30m, 1h (default 1h, at most 12h).")
    String ttl = "1h";

    @Option(names = "--subject", description = "Who the token is for (default: the user name).")
    String subject = System.getProperty("user.name", "local-user");

    private final String keysDir;

    public TokenCommand(@ConfigProperty(name = "emodisparity.auth.local-issuer-keys-dir") String keysDir) {
        this.keysDir = keysDir;
    }

    @Override
    public Integer call() throws Exception {
        if (!SessionRef.isSafeId(clinic)) {
            System.err.println("token: --clinic must be letters, digits, '-' or '_' (at most 64)");
            return 2;
        }
        try {
            String token = new LocalTokenIssuer(Path.of(keysDir)).issue(subject, clinic, new LinkedHashSet<>(roles),
                    parse(ttl));
            System.out.println(token);
            return 0;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            System.err.println("token: " + e.getMessage());
            return 2;
        }
    }

    static Duration parse(String text) {
        Matcher m = SHORT_DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Duration.parse(text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
