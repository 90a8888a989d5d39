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

    private UploadTypes() {
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
