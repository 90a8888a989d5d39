package org.emodisparity.model;

import java.util.Optional;

/**
 * The object-key layout of the bucket. Every key of a session lives under a prefix scoped by clinic, so that
 * access policies and deletion can work per clinic and per session.
 *
 * <pre>
 * uploads/{clinic}/{session}/{file}           original upload (never modified or deleted by the pipeline)
 * uploads/{clinic}/{session}/transcript.vtt   optional transcript uploaded beside the video
 * work/{clinic}/{session}/media.json          probe result (MediaInfo)
 * work/{clinic}/{session}/plan.json           window plan (WindowPlan)
 * work/{clinic}/{session}/audio.wav           16 kHz mono PCM
 * work/{clinic}/{session}/segmented.json      the segmenter's fan-out event (replayed on redelivery)
 * work/{clinic}/{session}/parts/{stage}.json  one ModalityTimeline per modality stage
 * status/{clinic}/{session}/{stage}.json      StageStatus per stage
 * reports/{clinic}/{session}/report.json|html the report
 * reports/{clinic}/{session}/summary.json     the figures a client's course compares (SessionSummary)
 * status/{clinic}/{session}/session.json      the session as the sessions API created it (ids only)
 * audit/{clinic}/{yyyy}/{MM}/{dd}/{millis}-{uuid}.json  one audit event, written once, never overwritten
 * </pre>
 */
public final class ObjectKeys {
    public static final String UPLOADS = "uploads/";
    public static final String WORK = "work/";
    public static final String STATUS = "status/";
    public static final String REPORTS = "reports/";
    public static final String AUDIT = "audit/";

    private ObjectKeys() {
    }

    public static String sessionPrefix(String area, SessionRef s) {
        return area + s.clinicId() + "/" + s.sessionId() + "/";
    }

    public static String upload(SessionRef s, String fileName) {
        if (!isSafeFileName(fileName)) {
            throw new IllegalArgumentException("unsafe upload file name '" + fileName + "'");
        }
        return sessionPrefix(UPLOADS, s) + fileName;
    }

    public static String mediaInfo(SessionRef s) {
        return sessionPrefix(WORK, s) + "media.json";
    }

    public static String plan(SessionRef s) {
        return sessionPrefix(WORK, s) + "plan.json";
    }

    public static String audio(SessionRef s) {
        return sessionPrefix(WORK, s) + "audio.wav";
    }

    /** One participant's own audio (16 kHz mono WAV), extracted from a {@code participant-*} upload. */
    public static String participantAudio(SessionRef s, int index) {
        return sessionPrefix(WORK, s) + "participants/" + index + ".wav";
    }

    /** The clinician's voice sample (16 kHz mono WAV), extracted from a {@code clinician-voice.*} upload. */
    public static String clinicianVoice(SessionRef s) {
        return sessionPrefix(WORK, s) + "clinician-voice.wav";
    }

    /** The list of participant audio files of a session ({@code ParticipantAudio} records). */
    public static String participants(SessionRef s) {
        return sessionPrefix(WORK, s) + "participants.json";
    }

    /**
     * Which upload is the session's recording: written once, create-if-absent, by the segmenter that takes the
     * first recording; any other recording of the session is then refused ({@link #refusedUpload}).
     */
    public static String recordingClaim(SessionRef s) {
        return sessionPrefix(WORK, s) + "recording.claim";
    }

    /** The claim of one attempt of one stage (create-if-absent): only the worker that created it runs the attempt. */
    public static String stageClaim(SessionRef s, Stage stage, int attempt) {
        return sessionPrefix(WORK, s) + "claims/" + stage.id() + "-" + attempt;
    }

    /** Why an upload of the session was not analysed (a second recording): a {@code StageStatus} of the segmenter. */
    public static String refusedUpload(SessionRef s, String fileName) {
        return sessionPrefix(STATUS, s) + "refused/" + fileName + ".json";
    }

    public static String segmented(SessionRef s) {
        return sessionPrefix(WORK, s) + "segmented.json";
    }

    public static String part(SessionRef s, Stage stage) {
        return sessionPrefix(WORK, s) + "parts/" + stage.id() + ".json";
    }

    public static String status(SessionRef s, Stage stage) {
        return sessionPrefix(STATUS, s) + stage.id() + ".json";
    }

    public static String reportJson(SessionRef s) {
        return sessionPrefix(REPORTS, s) + "report.json";
    }

    public static String reportHtml(SessionRef s) {
        return sessionPrefix(REPORTS, s) + "report.html";
    }

    /** The session's figures for a client's course over time, written with the report. */
    public static String reportSummary(SessionRef s) {
        return sessionPrefix(REPORTS, s) + "summary.json";
    }

    /** An upload key parsed into its session and file name. */
    public record UploadKey(SessionRef session, String fileName) {
    }

    /**
     * Parses {@code uploads/{clinic}/{session}/{file}}. Anything else (other areas, extra or missing segments,
     * unsafe ids, hidden or partial files) is not an upload: the caller ignores or rejects it.
     */
    public static Optional<UploadKey> parseUpload(String key) {
        if (key == null || !key.startsWith(UPLOADS)) {
            return Optional.empty();
        }
        String[] parts = key.substring(UPLOADS.length()).split("/", -1);
        if (parts.length != 3 || !SessionRef.isSafeId(parts[0]) || !SessionRef.isSafeId(parts[1])
                || !isSafeFileName(parts[2])) {
            return Optional.empty();
        }
        return Optional.of(new UploadKey(new SessionRef(parts[0], parts[1]), parts[2]));
    }

    /** A transcript uploaded beside the video (WebVTT or SRT): read by transcribe-sentiment, not segmented. */
    public static boolean isTranscriptSidecar(String fileName) {
        return UploadKind.of(fileName) == UploadKind.TRANSCRIPT;
    }

    /** A plain file name: no separators, not hidden (editors and uploaders write temporary dot-files). */
    public static boolean isSafeFileName(String name) {
        return name != null && !name.isEmpty() && name.length() <= 255 && !name.startsWith(".")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20);
    }

    /** The areas that hold objects of a session; erasure removes the session's prefix in each of them. */
    public static java.util.List<String> sessionAreas() {
        return java.util.List.of(UPLOADS, WORK, STATUS, REPORTS);
    }

    /** Every object of a clinic in one area: {@code {area}{clinic}/}. */
    public static String clinicPrefix(String area, String clinicId) {
        if (!SessionRef.isSafeId(clinicId)) {
            throw new IllegalArgumentException("unsafe clinic id");
        }
        return area + clinicId + "/";
    }

    /** The session as the sessions API created it (who, when, which media type): ids only, no PHI. */
    public static String sessionRecord(SessionRef s) {
        return sessionPrefix(STATUS, s) + "session.json";
    }

    /**
     * One audit event: {@code audit/{clinic}/{yyyy}/{MM}/{dd}/{epochMillis}-{unique}.json} (UTC date). The unique
     * part makes every event its own object, written once with putIfAbsent, so the trail is append-only.
     */
    public static String auditEvent(String clinicId, java.time.Instant at, String unique) {
        if (!SessionRef.isSafeId(unique)) {
            throw new IllegalArgumentException("unsafe audit event id");
        }
        java.time.LocalDate day = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return clinicPrefix(AUDIT, clinicId) + String.format(java.util.Locale.ROOT, "%04d/%02d/%02d/%d-%s.json",
                day.getYear(), day.getMonthValue(), day.getDayOfMonth(), at.toEpochMilli(), unique);
    }

    /**
     * The session id of a key under {@code {area}{clinic}/{session}/...} of the given clinic, or empty for keys of
     * other clinics, other areas or with unsafe segments.
     */
    public static Optional<String> sessionIdOf(String key, String area, String clinicId) {
        String prefix = clinicPrefix(area, clinicId);
        if (key == null || !key.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = key.substring(prefix.length());
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        return slash > 0 && SessionRef.isSafeId(id) ? Optional.of(id) : Optional.empty();
    }
}
