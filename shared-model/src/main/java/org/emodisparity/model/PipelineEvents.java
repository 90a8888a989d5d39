package org.emodisparity.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The messages between the functions. They carry object keys and ids only, never media, transcript text or
 * other PHI: a consumer reads what it needs from the object store.
 */
public final class PipelineEvents {
    private PipelineEvents() {
    }

    /** An event about one session; its ids become object-key segments, so {@link #session()} validates them. */
    public interface SessionEvent {
        SessionRef session();
    }

    /** An object was created under {@code uploads/}: triggers the segmenter. */
    public record UploadCreated(int schemaVersion, String key, long sizeBytes) {
        public UploadCreated(String key, long sizeBytes) {
            this(Contract.SCHEMA_VERSION, key, sizeBytes);
        }
    }

    /**
     * The segmenter validated the media and planned the windows: fans out to the three modality stages.
     * {@code skipped} names modality stages that have nothing to analyse, with the reason (e.g. no video).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionSegmented(int schemaVersion, String clinicId, String sessionId, String uploadKey,
                                   String mediaInfoKey, String planKey, String audioKey,
                                   Map<Stage, ReasonCode> skipped) implements SessionEvent {
        @Override
        public SessionRef session() {
            return new SessionRef(clinicId, sessionId);
        }

        public ReasonCode skipReason(Stage stage) {
            return skipped == null ? null : skipped.get(stage);
        }
    }

    /** A modality stage wrote its part (results, or an unavailable/skipped/failed timeline): fan-in. */
    public record PartDone(int schemaVersion, String clinicId, String sessionId, Stage stage, String partKey)
            implements SessionEvent {
        public PartDone(SessionRef s, Stage stage, String partKey) {
            this(Contract.SCHEMA_VERSION, s.clinicId(), s.sessionId(), stage, partKey);
        }

        @Override
        public SessionRef session() {
            return new SessionRef(clinicId, sessionId);
        }
    }

    /** Fusion wrote the report: for the clinic's systems (and the embedded CLI). */
    public record ReportReady(int schemaVersion, String clinicId, String sessionId, String reportJsonKey,
                              String reportHtmlKey) implements SessionEvent {
        @Override
        public SessionRef session() {
            return new SessionRef(clinicId, sessionId);
        }
    }
}
