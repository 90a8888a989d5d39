package org.emodisparity.segmenter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code emodisparity.segmenter.*}; each also settable as EMODISPARITY_SEGMENTER_* in the environment. */
@ConfigMapping(prefix = "emodisparity.segmenter")
public interface SegmenterConfig {

    /** Length of one time unit (the paper's 2.5 s window). */
    @WithDefault("2.5")
    double windowSeconds();

    /** Step between window starts; 1.25 s = half a window of overlap. */
    @WithDefault("1.25")
    double strideSeconds();

    /** Longer uploads are rejected (TOO_LONG) before any decoding work. */
    @WithDefault("3h")
    Duration maxDuration();
}
