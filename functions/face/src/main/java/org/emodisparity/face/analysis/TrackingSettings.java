package org.emodisparity.face.analysis;

/**
 * How faces are linked across sampled frames and which track is the client's.
 *
 * @param minIou         a face continues a track when its box overlaps the track's last box by at least this IoU
 * @param maxGapSeconds  a track not seen for longer than this is closed; a face reappearing later starts a new one
 * @param clientRule     which track is the client
 */
public record TrackingSettings(double minIou, double maxGapSeconds, ClientTrackRule clientRule) {

    public static TrackingSettings defaults() {
        return new TrackingSettings(0.3, 5.0, ClientTrackRule.MOST_FRAMES);
    }

    public TrackingSettings {
        if (!(minIou > 0 && minIou <= 1) || !(maxGapSeconds >= 0)) {
            throw new IllegalArgumentException("need 0 < minIou <= 1 and maxGapSeconds >= 0");
        }
    }

    public TrackingSettings withClientRule(ClientTrackRule rule) {
        return new TrackingSettings(minIou, maxGapSeconds, rule);
    }
}
