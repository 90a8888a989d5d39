package org.emodisparity.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A session as the API created it, at {@code status/{clinic}/{session}/session.json}: ids, the media types and
 * the server-chosen upload file names ({@code participantFiles}: role → file). No user file name, no PHI.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionRecord(int schemaVersion, String clinicId, String sessionId, Instant createdAt, String createdBy,
                            String mediaType, String videoFile, String transcriptType, String transcriptFile,
                            java.util.Map<String, String> participantFiles) {
    public SessionRecord(int schemaVersion, String clinicId, String sessionId, Instant createdAt, String createdBy,
                         String mediaType, String videoFile, String transcriptType, String transcriptFile) {
        this(schemaVersion, clinicId, sessionId, createdAt, createdBy, mediaType, videoFile, transcriptType,
                transcriptFile, null);
    }
}
