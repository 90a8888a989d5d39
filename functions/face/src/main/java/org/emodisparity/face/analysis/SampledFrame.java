package org.emodisparity.face.analysis;

/** A decoded video frame picked by the sampler: its sample number, time in seconds from media start, pixels. */
public record SampledFrame(int index, double seconds, RgbImage image) {
}
