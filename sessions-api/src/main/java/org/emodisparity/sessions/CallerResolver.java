package org.emodisparity.sessions;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.emodisparity.model.SessionRef;

/**
 * The caller of the current request, from its verified token: a token without a usable clinic claim may do
 * nothing (403), whatever its roles.
 */
@RequestScoped
public class CallerResolver {
    private final JsonWebToken jwt;
    private final AuthConfig auth;
    private final SessionsConfig sessions;
    private final HttpServerRequest request;

    public CallerResolver(JsonWebToken jwt, AuthConfig auth, SessionsConfig sessions, HttpServerRequest request) {
        this.jwt = jwt;
        this.auth = auth;
        this.sessions = sessions;
        this.request = request;
    }

    public Caller caller() {
        Object claim = jwt.getClaim(auth.clinicClaim());
        String clinic = claim == null ? null : claim.toString().replace("\"", "");
        if (!SessionRef.isSafeId(clinic)) {
            throw new ForbiddenException("the token names no clinic");
        }
        String role = jwt.getGroups().contains(Roles.ADMIN) ? Roles.ADMIN
                : jwt.getGroups().contains(Roles.CLINICIAN) ? Roles.CLINICIAN : null;
        return new Caller(jwt.getSubject(), clinic, role, sourceIp());
    }

    private String sourceIp() {
        if (request == null) {
            return null;
        }
        String forwarded = sessions.trustedProxyHops() > 0 ? request.getHeader("X-Forwarded-For") : null;
        String[] hops = forwarded == null || forwarded.isBlank() ? new String[0] : forwarded.split(",");
        String ip = hops.length >= sessions.trustedProxyHops() && hops.length > 0
                ? hops[hops.length - sessions.trustedProxyHops()].strip()
                : request.remoteAddress() == null ? null : request.remoteAddress().host();
        // an address, nothing else: a crafted header must not smuggle text into the trail
        if (ip == null) {
            return null;
        }
        String clean = ip.replaceAll("[^0-9A-Fa-f:.\\[\\]]", "");
        return clean.substring(0, Math.min(clean.length(), 45));
    }
}
