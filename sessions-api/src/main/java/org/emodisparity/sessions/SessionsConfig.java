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

    /** Take the client address from the first X-Forwarded-For entry (behind a load balancer that sets it). */
    @WithDefault("true")
    boolean trustForwardedFor();
}
