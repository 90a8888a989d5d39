package org.emodisparity.transcript.analysis;

import org.emodisparity.model.captions.TranscriptSegment;
import java.util.Comparator;
import java.util.List;

/**
 * A session's transcript: segments in time order, where it came from, its language (an ISO 639-1 code, or
 * {@code "auto"} when Whisper detected it but the binding does not say which, or null when unknown) and the ids of
 * the catalog models that produced it (empty for uploaded files).
 */
public record Transcript(TranscriptOrigin origin, String language, List<TranscriptSegment> segments,
        List<String> modelIds) {

    public Transcript {
        segments = segments.stream().sorted(Comparator.comparingDouble(TranscriptSegment::start)).toList();
        modelIds = List.copyOf(modelIds);
    }

    public boolean isEmpty() {
        return segments.stream().allMatch(s -> s.text().isBlank());
    }
}
