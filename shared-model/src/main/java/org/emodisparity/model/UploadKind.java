package org.emodisparity.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file uploaded into a session is, by its name. A session holds one recording and the files that help to
 * read it: the transcript, per-participant audio (Zoom can record one audio file per participant), an
 * active-speaker timeline, the session's options and a recording of the clinician's voice.
 *
 * <pre>
 *   transcript.vtt | *.srt                      TRANSCRIPT        (WebVTT or SRT, speaker names where exported)
 *   participant-{label}.{ext}                   PARTICIPANT_AUDIO (one person's audio; {label} names the person)
 *   timeline.json | *timeline*.json             SPEAKER_TIMELINE  (Zoom's active-speaker timeline)
 *   session.json                                SESSION_OPTIONS   (which speaker is the client, how many speak)
 *   clinician-voice.{ext}                       CLINICIAN_VOICE   (a sample of the clinician's voice)
 *   *.txt .md .pdf .doc(x) .rtf .odt .csv .log
 *   other .json, hidden files (.DS_Store)       OTHER             (notes and documents: kept, never analysed)
 *   anything else                               RECORDING         (the session's video or audio)
 * </pre>
 * A session holds one recording: the first the segmenter claims ({@code ObjectKeys.recordingClaim}); another is
 * refused with {@code SECOND_RECORDING}.
 * <pre>
 * </pre>
 */
public enum UploadKind {
    RECORDING, TRANSCRIPT, PARTICIPANT_AUDIO, SPEAKER_TIMELINE, SESSION_OPTIONS, CLINICIAN_VOICE, OTHER;

    private static final Pattern DOCUMENT = Pattern.compile(".*\\.(txt|md|pdf|docx?|rtf|odt|csv|log|json|html?|xml)");

    /** The file name of the session's options. */
    public static final String SESSION_OPTIONS_FILE = "session.json";
    private static final Pattern PARTICIPANT = Pattern.compile("participant-(.{1,64})\\.[A-Za-z0-9]{1,5}");

    public static UploadKind of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".vtt") || lower.endsWith(".srt")) {
            return TRANSCRIPT;
        }
        if (lower.equals(SESSION_OPTIONS_FILE)) {
            return SESSION_OPTIONS;
        }
        if (lower.endsWith(".json") && lower.contains("timeline")) {
            return SPEAKER_TIMELINE;
        }
        if (lower.startsWith("clinician-voice.")) {
            return CLINICIAN_VOICE;
        }
        if (PARTICIPANT.matcher(fileName).matches()) {
            return PARTICIPANT_AUDIO;
        }
        if (lower.startsWith(".") || DOCUMENT.matcher(lower).matches()) {
            return OTHER;
        }
        return RECORDING;
    }

    /** The participant's label of a {@code participant-{label}.{ext}} file name. */
    public static Optional<String> participantLabel(String fileName) {
        Matcher m = PARTICIPANT.matcher(fileName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether this kind is segmented (the recording); every other kind is read by the stages that need it. */
    public boolean isRecording() {
        return this == RECORDING;
    }
}
