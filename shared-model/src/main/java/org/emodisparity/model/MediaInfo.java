package org.emodisparity.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the segmenter found in an upload. Stream fields are null when the stream is absent.
 * {@code sha256} identifies the exact bytes analysed (input version for idempotent fan-in).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaInfo(int schemaVersion, String uploadKey, long sizeBytes, String sha256, String container,
                        double durationSeconds, VideoStream video, AudioStream audio) {

    public record VideoStream(String codec, int width, int height, double fps) {
    }

    /** {@code durationSeconds}: where the audio data ends (often a little before the video). */
    /**
     * The audio stream analysed. {@code streamIndex} is its index in the file (null in files written before it was
     * recorded); with several audio streams it is the one marked default, else the first decodable one, and the
     * same one is extracted for the speech and transcript stages.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record AudioStream(String codec, int sampleRate, int channels, double durationSeconds, Integer streamIndex,
                              Integer audioStreams) {
        public AudioStream(String codec, int sampleRate, int channels, double durationSeconds) {
            this(codec, sampleRate, channels, durationSeconds, null, null);
        }
    }

    public boolean hasVideo() {
        return video != null;
    }

    public boolean hasAudio() {
        return audio != null;
    }
}
