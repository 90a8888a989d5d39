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

    /**
     * The audio stream analysed. {@code durationSeconds}: where the audio data ends (often a little before the
     * video). {@code streamIndex} is its index in the file (null in files written before it was recorded); with
     * several audio streams it is the one marked default, else the first decodable one. {@code tracks} names every
     * audio stream of a file that has several, and what became of it: with one person per stream ("separate audio per
     * participant") each is that participant's own audio and the session's audio is their sum; otherwise the default
     * stream is the session's audio (null with one audio stream).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record AudioStream(String codec, int sampleRate, int channels, double durationSeconds, Integer streamIndex,
                              Integer audioStreams, java.util.List<AudioTrack> tracks) {
        public AudioStream(String codec, int sampleRate, int channels, double durationSeconds) {
            this(codec, sampleRate, channels, durationSeconds, null, null, null);
        }

        public AudioStream(String codec, int sampleRate, int channels, double durationSeconds, Integer streamIndex,
                           Integer audioStreams) {
            this(codec, sampleRate, channels, durationSeconds, streamIndex, audioStreams, null);
        }

        public AudioStream withTracks(java.util.List<AudioTrack> named) {
            return new AudioStream(codec, sampleRate, channels, durationSeconds, streamIndex, audioStreams,
                    named == null ? null : java.util.List.copyOf(named));
        }
    }

    /**
     * One audio stream of a file with several. {@code name}: the speaker it was matched to (by the transcript's speaker
     * names), else the stream's title, else "audio stream N"; {@code use}: {@link #ANALYSED} (the session's audio),
     * {@link #PARTICIPANT} (one person's own audio), {@link #MIX} (all voices together: the session's audio) or
     * {@link #UNUSED}; {@code activeSeconds}: how long it carries a voice; {@code note}: why it is used so.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record AudioTrack(int streamIndex, String name, String use, Double activeSeconds, String note) {
        public static final String ANALYSED = "analysed";
        public static final String PARTICIPANT = "participant";
        public static final String MIX = "mix";
        public static final String UNUSED = "unused";
    }

    public MediaInfo withAudio(AudioStream newAudio) {
        return new MediaInfo(schemaVersion, uploadKey, sizeBytes, sha256, container, durationSeconds, video, newAudio);
    }

    public boolean hasVideo() {
        return video != null;
    }

    public boolean hasAudio() {
        return audio != null;
    }
}
