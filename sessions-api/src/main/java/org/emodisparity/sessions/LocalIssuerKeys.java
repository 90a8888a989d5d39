package org.emodisparity.sessions;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Makes sure the local issuer's key exists before the first token is verified against its public.pem
 * (embedded mode and tests). Off ({@code emodisparity.auth.local-issuer-enabled=false}) where an OIDC issuer
 * signs the tokens.
 */
@Startup
@ApplicationScoped
public class LocalIssuerKeys {
    private static final Logger LOG = Logger.getLogger(LocalIssuerKeys.class);

    public LocalIssuerKeys(AuthConfig config) throws IOException {
        if (config.localIssuerEnabled()) {
            LocalTokenIssuer issuer = new LocalTokenIssuer(Path.of(config.localIssuerKeysDir()));
            LOG.infof("local token issuer %s: verifying with %s", LocalTokenIssuer.ISSUER, issuer.publicKeyFile());
        }
    }
}
