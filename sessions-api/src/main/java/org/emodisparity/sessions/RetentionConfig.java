package org.emodisparity.sessions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code emodisparity.retention.*}; the sweep interval is {@code emodisparity.retention.sweep-every}. */
@ConfigMapping(prefix = "emodisparity.retention")
public interface RetentionConfig {
    /** Uploads and intermediate work of a session are deleted this long after its report was written. */
    @WithDefault("7d")
    Duration phiAfterReport();

    @WithDefault("true")
    boolean enabled();

    /** How often the sweeper runs (a Quarkus scheduler interval). */
    @WithDefault("1h")
    String sweepEvery();
}
