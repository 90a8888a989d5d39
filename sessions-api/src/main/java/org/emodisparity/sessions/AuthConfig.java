package org.emodisparity.sessions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code emodisparity.auth.*}. Token verification itself is SmallRye JWT's ({@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.publickey.location}: the local issuer's public.pem, or the OIDC issuer's JWKS URL).
 */
@ConfigMapping(prefix = "emodisparity.auth")
public interface AuthConfig {
    /** The claim that names the token's clinic. */
    @WithDefault(Roles.CLINIC_CLAIM)
    String clinicClaim();

    /** Create the local issuer's key at startup (embedded mode, tests); false where an OIDC issuer signs tokens. */
    @WithDefault("true")
    boolean localIssuerEnabled();

    /** Folder of the local issuer's RSA key (private.pem, public.pem). */
    @WithDefault("${user.home}/.emodisparity/jwt")
    String localIssuerKeysDir();
}
