package org.emodisparity.transcript.analysis;

/** Where a transcript came from, in the order they are tried. */
public enum TranscriptOrigin {
    /** A WebVTT file uploaded with the video (Zoom, Teams, Doxy.me exports). */
    UPLOADED_WEBVTT,
    /** A SubRip file uploaded with the video. */
    UPLOADED_SRT,
    /** Speech recognition with whisper.cpp on the session's audio. */
    WHISPER
}
