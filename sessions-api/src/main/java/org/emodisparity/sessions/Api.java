package org.emodisparity.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the sessions API. */
public final class Api {
    private Api() {
    }

    @Schema(description = "A new session: the media type of the video and, optionally, of a transcript uploaded beside "
            + "it, of each participant's own audio (by role), which speaker is the client and how many people speak.")
    public record CreateSession(
            @Schema(required = true, example = "video/mp4",
                    enumeration = {"video/mp4", "video/quicktime", "video/webm", "video/x-matroska", "video/x-msvideo", "video/mpeg"})
            String mediaType,
            @Schema(example = "text/vtt", enumeration = {"text/vtt", "application/x-subrip"})
            String transcriptType,
            @Schema(description = "The client's speaker as the transcript names them (e.g. the WebVTT voice name)",
                    example = "Ann")
            String clientSpeaker,
            @Schema(description = "How many people speak (1-8); found from the audio when absent", example = "2")
            Integer speakers,
            @Schema(description = "Media type of each participant's own audio recording, by role (client, clinician); "
                    + "Zoom records one audio file per participant", example = "{\"client\": \"audio/mp4\"}")
            Map<String, String> participantAudio,
            @Schema(description = "The clinic's pseudonymous reference of the client (letters, digits, '-', '_'; never a "
                    + "name): links the client's sessions for GET /clients/{clientRef}/trend", example = "c-0173")
            String clientRef,
            @Schema(description = "The day the session took place (orders the client's sessions)", example = "2026-11-30")
            java.time.LocalDate sessionDate) {
        public CreateSession(String mediaType, String transcriptType) {
            this(mediaType, transcriptType, null, null, null, null, null);
        }

        public CreateSession(String mediaType, String transcriptType, String clientSpeaker, Integer speakers,
                             Map<String, String> participantAudio) {
            this(mediaType, transcriptType, clientSpeaker, speakers, participantAudio, null, null);
        }
    }

    @Schema(description = "Where to PUT one file: a presigned URL of the bucket (expires, valid for this one key), or the "
            + "API's own upload endpoint (send the bearer token) when the store cannot sign (embedded mode).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UploadTarget(String method, String url, Map<String, String> headers, Instant expiresAt,
                               boolean bearerTokenRequired) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreatedSession(String sessionId, UploadTarget video, UploadTarget transcript,
                                 Map<String, UploadTarget> participantAudio) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageView(String stage, String state, double progress, String reason, String message, int attempt,
                            Instant updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionView(String sessionId, Instant createdAt, String mediaType, List<StageView> stages,
                              boolean reportReady, String report, String reportHtml) {
    }

    public record SessionSummary(String sessionId, boolean reportReady) {
    }

    @Schema(description = "A client's erasure: how many sessions and objects were removed")
    public record ClientErased(String clientRef, int sessions, int objects) {
    }
}
