package org.emodisparity.model;

/** Typed reasons recorded in a stage status when a stage fails or skips work. */
public enum ReasonCode {
    EMPTY_FILE("the uploaded file is empty (0 bytes)"),
    NOT_MEDIA("the uploaded file is not a media file FFmpeg can read"),
    TRUNCATED("the media file is truncated or corrupt"),
    NO_MEDIA_STREAMS("the file has neither a video nor an audio stream"),
    NO_VIDEO_STREAM("the file has no video stream"),
    NO_AUDIO_STREAM("the file has no audio stream"),
    ZERO_DURATION("the media has zero duration"),
    TOO_LONG("the media is longer than the configured maximum"),
    UNSUPPORTED_CODEC("a stream uses a codec this build cannot decode"),
    NO_MODEL("no model is configured for this modality"),
    MISSING_INPUT("an input artefact of this stage is missing"),
    TRANSCRIPT_UNREADABLE("the uploaded transcript cannot be read as WebVTT or SRT"),
    UNSUPPORTED_LANGUAGE("the transcript is not in a language the text-emotion model reads (English)"),
    SECOND_RECORDING("the session already has a recording; one session holds one recording"),
    INTERRUPTED("the stage was interrupted before it finished; it runs again on the next attempt"),
    INTERNAL_ERROR("an unexpected error; see the log");

    private final String meaning;

    ReasonCode(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
