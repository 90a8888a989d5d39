package org.emodisparity.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the clinic says about a session beyond its files, uploaded as {@code uploads/{clinic}/{session}/session.json}
 * ({@link UploadKind#SESSION_OPTIONS}): the CLI's {@code --client-speaker}, {@code --speakers} and
 * {@code --client-ref}, {@code --session-date}, the sessions API's {@code clientSpeaker}, {@code clientRef} and
 * {@code sessionDate}. All optional.
 *
 * @param clientSpeaker the client's speaker name as the transcript or a participant file names them
 * @param speakers how many people speak (diarisation uses it instead of finding the number itself)
 * @param clientRef the clinic's pseudonymous reference of the client (never a name): links a client's sessions
 *        for the course over time ({@link org.emodisparity.model.course})
 * @param sessionDate the day the session took place (orders a client's sessions; the analysis date otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionOptions(String clientSpeaker, Integer speakers, String clientRef, java.time.LocalDate sessionDate) {
    public static final int MAX_SPEAKERS = 8;
    public static final SessionOptions NONE = new SessionOptions(null, null, null, null);

    public SessionOptions(String clientSpeaker, Integer speakers, String clientRef) {
        this(clientSpeaker, speakers, clientRef, null);
    }

    public SessionOptions {
        if (clientSpeaker != null && (clientSpeaker.isBlank() || clientSpeaker.length() > 64
                || clientSpeaker.chars().anyMatch(c -> c < 0x20))) {
            throw new IllegalArgumentException("clientSpeaker must be 1 to 64 printable characters");
        }
        if (speakers != null && (speakers < 1 || speakers > MAX_SPEAKERS)) {
            throw new IllegalArgumentException("speakers must be between 1 and " + MAX_SPEAKERS);
        }
        if (clientRef != null && !SessionRef.isSafeId(clientRef)) {
            throw new IllegalArgumentException("clientRef must match " + "[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
        }
        if (sessionDate != null && (sessionDate.getYear() < 1990 || sessionDate.getYear() > 2200)) {
            throw new IllegalArgumentException("sessionDate must be a date between 1990 and 2200 (YYYY-MM-DD)");
        }
        clientSpeaker = clientSpeaker == null ? null : clientSpeaker.strip();
    }
}
