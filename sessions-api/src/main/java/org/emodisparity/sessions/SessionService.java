package org.emodisparity.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageStatus;
import org.emodisparity.model.store.ObjectStore;

/**
 * The sessions of one clinic in the store. Every method takes the caller's clinic and builds keys only from it and
 * from an id that passed {@link SessionRef#isSafeId}: another clinic's objects are unreachable by construction, and
 * a session of another clinic is indistinguishable from one that does not exist.
 */
@ApplicationScoped
public class SessionService {
    private final ObjectStore store;
    private final SessionStatusStore status;
    private final SessionsConfig config;
    private final Clock clock;

    public SessionService(ObjectStore store, SessionsConfig config, Clock clock) {
        this.store = store;
        this.status = new SessionStatusStore(store);
        this.config = config;
        this.clock = clock;
    }

    public enum UploadKind { VIDEO, TRANSCRIPT, PARTICIPANT }

    public enum UploadResult { STORED, NO_SUCH_SESSION, NOT_DECLARED, ALREADY_UPLOADED }

    /** The session of this clinic with this id, if the id is safe; whether it exists is {@link #exists}. */
    public static Optional<SessionRef> ref(String clinicId, String sessionId) {
        return SessionRef.isSafeId(clinicId) && SessionRef.isSafeId(sessionId)
                ? Optional.of(new SessionRef(clinicId, sessionId)) : Optional.empty();
    }

    public Api.CreatedSession create(Caller caller, String videoType, String transcriptType) throws IOException {
        return create(caller, new Api.CreateSession(videoType, transcriptType));
    }

    public Api.CreatedSession create(Caller caller, Api.CreateSession body) throws IOException {
        String videoType = body.mediaType();
        String transcriptType = body.transcriptType();
        // validated before anything is written
        SessionOptions options = new SessionOptions(body.clientSpeaker(), body.speakers(), body.clientRef(),
                body.sessionDate());
        Map<String, String> participantFiles = new java.util.TreeMap<>();
        if (body.participantAudio() != null) {
            for (Map.Entry<String, String> p : body.participantAudio().entrySet()) {
                participantFiles.put(p.getKey(), UploadTypes.participantFileName(p.getKey(), p.getValue())
                        .orElseThrow(() -> new IllegalArgumentException("participantAudio: roles are "
                                + UploadTypes.participantRoles() + ", media types " + UploadTypes.audioTypes())));
            }
        }
        String videoFile = UploadTypes.videoFileName(videoType).orElseThrow(() -> new IllegalArgumentException(
                "mediaType must be one of " + UploadTypes.videoTypes()));
        String transcriptFile = transcriptType == null ? null : UploadTypes.transcriptFileName(transcriptType)
                .orElseThrow(() -> new IllegalArgumentException("transcriptType must be one of " + UploadTypes.transcriptTypes()));
        // 122 random bits: ids cannot be guessed, and they say nothing about the client
        SessionRef session = new SessionRef(caller.clinicId(), "s-" + UUID.randomUUID());
        SessionRecord record = new SessionRecord(1, session.clinicId(), session.sessionId(), clock.instant(),
                caller.subject(), videoType, videoFile, transcriptType, transcriptFile,
                participantFiles.isEmpty() ? null : participantFiles);
        if (!store.putIfAbsent(ObjectKeys.sessionRecord(session), Contract.toJson(record))) {
            throw new IllegalStateException("session id collision");
        }
        if (!options.equals(SessionOptions.NONE)) {
            // written by the server before any upload: the stages read it as the session's options
            store.putIfAbsent(ObjectKeys.upload(session, org.emodisparity.model.UploadKind.SESSION_OPTIONS_FILE),
                    Contract.toJson(options));
        }
        Map<String, Api.UploadTarget> participants = new java.util.TreeMap<>();
        participantFiles.forEach((role, file) -> participants.put(role, target(session, ObjectKeys.upload(session, file),
                body.participantAudio().get(role), "participant/" + role)));
        return new Api.CreatedSession(session.sessionId(),
                target(session, ObjectKeys.upload(session, videoFile), videoType, "upload"),
                transcriptFile == null ? null
                        : target(session, ObjectKeys.upload(session, transcriptFile), transcriptType, "transcript"),
                participants.isEmpty() ? null : participants);
    }

    /** Package-private for the presign test: where to PUT one key, with a TTL capped at 15 minutes. */
    Api.UploadTarget target(SessionRef session, String key, String contentType, String apiPath) {
        Duration ttl = config.uploadUrlTtl().compareTo(SessionsConfig.MAX_UPLOAD_URL_TTL) > 0
                ? SessionsConfig.MAX_UPLOAD_URL_TTL : config.uploadUrlTtl();
        return store.presignUpload(key, ttl, contentType)
                .map(p -> new Api.UploadTarget("PUT", p.url(), p.headers(), p.expiresAt(), false))
                .orElseGet(() -> new Api.UploadTarget("PUT", "/sessions/" + session.sessionId() + "/" + apiPath,
                        Map.of("Content-Type", contentType), null, true));
    }

    public Optional<SessionRecord> record(SessionRef session) throws IOException {
        return store.get(ObjectKeys.sessionRecord(session)).map(b -> Contract.fromJson(b, SessionRecord.class));
    }

    /** Created through the API, or analysed from an upload dropped into the bucket (it has status or a report). */
    public boolean exists(SessionRef session) throws IOException {
        return !store.list(ObjectKeys.sessionPrefix(ObjectKeys.STATUS, session)).isEmpty()
                || store.exists(ObjectKeys.reportJson(session));
    }

    public Optional<Api.SessionView> view(SessionRef session) throws IOException {
        if (!exists(session)) {
            return Optional.empty();
        }
        Optional<SessionRecord> record = record(session);
        Map<Stage, StageStatus> stages = status.all(session);
        List<Api.StageView> views = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            StageStatus s = stages.getOrDefault(stage, null);
            views.add(s == null ? new Api.StageView(stage.id(), "PENDING", 0, null, null, 0, null)
                    : new Api.StageView(stage.id(), s.state().name(), s.progress(),
                            s.reason() == null ? null : s.reason().name(), s.message(), s.attempt(), s.updatedAt()));
        }
        boolean ready = store.exists(ObjectKeys.reportJson(session));
        String base = "/sessions/" + session.sessionId();
        return Optional.of(new Api.SessionView(session.sessionId(), record.map(SessionRecord::createdAt).orElse(null),
                record.map(SessionRecord::mediaType).orElse(null), views, ready, ready ? base + "/report" : null,
                ready ? base + "/report.html" : null));
    }

    public List<Api.SessionSummary> list(String clinicId) throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        for (String key : store.list(ObjectKeys.clinicPrefix(ObjectKeys.STATUS, clinicId))) {
            ObjectKeys.sessionIdOf(key, ObjectKeys.STATUS, clinicId).ifPresent(ids::add);
        }
        TreeSet<String> reported = new TreeSet<>();
        for (String key : store.list(ObjectKeys.clinicPrefix(ObjectKeys.REPORTS, clinicId))) {
            ObjectKeys.sessionIdOf(key, ObjectKeys.REPORTS, clinicId).ifPresent(reported::add);
        }
        ids.addAll(reported);
        return ids.stream().map(id -> new Api.SessionSummary(id, reported.contains(id))).toList();
    }

    public Optional<byte[]> report(SessionRef session, boolean html) throws IOException {
        return store.get(html ? ObjectKeys.reportHtml(session) : ObjectKeys.reportJson(session));
    }

    /**
     * Streams an upload into the session's key (embedded mode, where the store cannot presign). An upload is
     * written once: the pipeline treats uploads as immutable.
     */
    public UploadResult upload(SessionRef session, UploadKind kind, InputStream body) throws IOException {
        return upload(session, kind, null, body);
    }

    /** @param role the participant's role, for {@link UploadKind#PARTICIPANT} */
    public UploadResult upload(SessionRef session, UploadKind kind, String role, InputStream body) throws IOException {
        Optional<SessionRecord> record = record(session);
        if (record.isEmpty()) {
            return UploadResult.NO_SUCH_SESSION;
        }
        String file = switch (kind) {
            case VIDEO -> record.get().videoFile();
            case TRANSCRIPT -> record.get().transcriptFile();
            case PARTICIPANT -> record.get().participantFiles() == null ? null
                    : record.get().participantFiles().get(role);
        };
        if (file == null) {
            return UploadResult.NOT_DECLARED;
        }
        String key = ObjectKeys.upload(session, file);
        if (store.exists(key)) {
            return UploadResult.ALREADY_UPLOADED;
        }
        Path tmp = Files.createTempFile("upload-", ".part");
        try {
            Files.copy(body, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (store.exists(key)) {
                return UploadResult.ALREADY_UPLOADED;
            }
            store.putFile(key, tmp);
            return UploadResult.STORED;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes every object of the session in every area (right to erasure); returns how many were removed. */
    public int erase(SessionRef session) throws IOException {
        int deleted = 0;
        for (String area : ObjectKeys.sessionAreas()) {
            deleted += deleteUnder(ObjectKeys.sessionPrefix(area, session));
        }
        return deleted;
    }

    /** Removes the session's uploads and intermediate work (retention), keeping status and report. */
    public int erasePhi(SessionRef session) throws IOException {
        return deleteUnder(ObjectKeys.sessionPrefix(ObjectKeys.UPLOADS, session))
                + deleteUnder(ObjectKeys.sessionPrefix(ObjectKeys.WORK, session));
    }

    private int deleteUnder(String prefix) throws IOException {
        int deleted = 0;
        for (String key : store.list(prefix)) {
            if (store.delete(key)) {
                deleted++;
            }
        }
        return deleted;
    }

    public SessionStatusStore status() {
        return status;
    }
}
