package org.emodisparity.speech.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A speaker's typical prosody in one session, per arousal feature: the mean and the standard deviation of the cue
 * over the session's speech intervals of one kind (its phrases, or its time windows), weighted by their seconds of
 * speech. A feature absent from every interval is absent here.
 *
 * @param intervals number of speech intervals the baseline was computed from
 */
public record SpeakerBaseline(Map<ArousalFeature, FeatureBaseline> features, int intervals) {
    public SpeakerBaseline {
        features = Collections.unmodifiableMap(features.isEmpty()
                ? new EnumMap<>(ArousalFeature.class) : new EnumMap<>(features));
    }

    /**
     * @param mean speech-duration-weighted mean of the cue over the intervals having it
     * @param sd weighted standard deviation (0 with a single interval)
     * @param n number of intervals having the cue
     */
    public record FeatureBaseline(double mean, double sd, int n) {
    }
}
