package org.emodisparity.sessions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code emodisparity.sessions.*} (env EMODISPARITY_SESSIONS_*). */
@ConfigMapping(prefix = "emodisparity.sessions")
public interface SessionsConfig {
    Duration MAX_UPLOAD_URL_TTL = Duration.ofMinutes(15);

    /** Lifetime of a presigned upload URL; capped at 15 minutes. */
    @WithDefault("10m")
    Duration uploadUrlTtl();

    /**
     * Proxies in front of the API that append to X-Forwarded-For (1: the load balancer of the AWS deployment;
     * 0: none, the embedded mode). The client address is the entry that many places from the end: entries
     * before it are whatever the client sent and could be forged.
     */
    @WithDefault("1")
    int trustedProxyHops();
}
