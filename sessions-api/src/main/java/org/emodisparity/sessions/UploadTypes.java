package org.emodisparity.sessions;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The media types a session may upload and the file name the server stores each under. The name is always the
 * server's: users name files after their clients, so a user-supplied name never becomes part of a key.
 */
public final class UploadTypes {
    private static final Map<String, String> VIDEO = Map.of(
            "video/mp4", "video.mp4",
            "video/quicktime", "video.mov",
            "video/webm", "video.webm",
            "video/x-matroska", "video.mkv",
            "video/x-msvideo", "video.avi",
            "video/mpeg", "video.mpg");
    private static final Map<String, String> TRANSCRIPT = Map.of(
            "text/vtt", "transcript.vtt",
            "application/x-subrip", "transcript.srt");

    private static final Map<String, String> AUDIO = Map.of(
            "audio/mp4", ".m4a",
            "audio/x-m4a", ".m4a",
            "audio/mpeg", ".mp3",
            "audio/wav", ".wav",
            "audio/x-wav", ".wav",
            "audio/ogg", ".ogg",
            "audio/webm", ".webm");
    /** The roles a participant's own audio can be declared with; the role, never a name, is in the file name. */
    private static final java.util.Set<String> ROLES = java.util.Set.of("client", "clinician");

    private UploadTypes() {
    }

    /** {@code participant-client.m4a}: the role names the file (a role word, so the speaker's role is known). */
    public static Optional<String> participantFileName(String role, String mediaType) {
        if (role == null || !ROLES.contains(role)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mediaType).map(UploadTypes::normalise).map(AUDIO::get)
                .map(ext -> "participant-" + role + ext);
    }

    /** {@code clinician-voice.wav}: a clinician's voice sample, as the speech stage reads it beside a recording. */
    public static Optional<String> clinicianVoiceFileName(String mediaType) {
        return Optional.ofNullable(mediaType).map(UploadTypes::normalise).map(AUDIO::get)
                .map(ext -> "clinician-voice" + ext);
    }

    public static java.util.Set<String> audioTypes() {
        return new java.util.TreeSet<>(AUDIO.keySet());
    }

    public static java.util.Set<String> participantRoles() {
        return new java.util.TreeSet<>(ROLES);
    }

    public static Optional<String> videoFileName(String mediaType) {
        return Optional.ofNullable(mediaType).map(UploadTypes::normalise).map(VIDEO::get);
    }

    public static Optional<String> transcriptFileName(String mediaType) {
        return Optional.ofNullable(mediaType).map(UploadTypes::normalise).map(TRANSCRIPT::get);
    }

    public static java.util.Set<String> videoTypes() {
        return new java.util.TreeSet<>(VIDEO.keySet());
    }

    public static java.util.Set<String> transcriptTypes() {
        return new java.util.TreeSet<>(TRANSCRIPT.keySet());
    }

    private static String normalise(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
