package org.emodisparity.model.course;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.UploadKind;
import org.emodisparity.model.store.ObjectStore;

/**
 * A client's sessions in one clinic's part of the store. Keys are built only from the clinic id and checked ids,
 * so another clinic's sessions are unreachable; a client is found by the {@code clientRef} kept in each session's
 * summary (a report without one is summarised again from {@code report.json}). No index to keep in step: erasure
 * of a session removes it from its client's course by construction.
 */
public final class ClientSessions {
    private final ObjectStore store;

    public ClientSessions(ObjectStore store) {
        this.store = store;
    }

    /** The summaries of every reported session of this client in this clinic, in course order. */
    public List<SessionSummary> summaries(String clinicId, String clientRef) throws IOException {
        if (!SessionRef.isSafeId(clinicId) || !SessionRef.isSafeId(clientRef)) {
            return List.of();
        }
        TreeSet<String> ids = new TreeSet<>();
        for (String key : store.list(ObjectKeys.clinicPrefix(ObjectKeys.REPORTS, clinicId))) {
            ObjectKeys.sessionIdOf(key, ObjectKeys.REPORTS, clinicId).ifPresent(ids::add);
        }
        List<SessionSummary> found = new ArrayList<>();
        for (String id : ids) {
            summary(new SessionRef(clinicId, id)).filter(s -> clientRef.equals(s.clientRef())).ifPresent(found::add);
        }
        found.sort(ClientCourse.ORDER);
        return found;
    }

    /** The course of this client, or empty when the clinic has no reported session of them. */
    public Optional<ClientCourse> course(String clinicId, String clientRef) throws IOException {
        List<SessionSummary> sessions = summaries(clinicId, clientRef);
        return sessions.isEmpty() ? Optional.empty() : Optional.of(ClientCourse.of(clinicId, clientRef, sessions));
    }

    /**
     * Every session linked to this client, reported or not: those whose summary names the client and those whose
     * uploaded options do (still being analysed). What erasure of a client removes.
     */
    public List<SessionRef> sessions(String clinicId, String clientRef) throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        summaries(clinicId, clientRef).forEach(s -> ids.add(s.sessionId()));
        if (SessionRef.isSafeId(clinicId) && SessionRef.isSafeId(clientRef)) {
            for (String key : store.list(ObjectKeys.clinicPrefix(ObjectKeys.UPLOADS, clinicId))) {
                Optional<ObjectKeys.UploadKey> upload = ObjectKeys.parseUpload(key);
                if (upload.isPresent() && upload.get().fileName().equals(UploadKind.SESSION_OPTIONS_FILE)) {
                    try {
                        SessionOptions options = Contract.fromJson(store.get(key).orElse(new byte[0]),
                                SessionOptions.class);
                        if (clientRef.equals(options.clientRef())) {
                            ids.add(upload.get().session().sessionId());
                        }
                    } catch (RuntimeException notOptions) {
                        // options the pipeline will reject: not linked to any client
                    }
                }
            }
        }
        return ids.stream().map(id -> new SessionRef(clinicId, id)).toList();
    }

    /** The session's summary: the stored one, else computed from its report (reports older than summaries). */
    public Optional<SessionSummary> summary(SessionRef session) throws IOException {
        Optional<byte[]> stored = store.get(ObjectKeys.reportSummary(session));
        if (stored.isPresent()) {
            return Optional.of(Contract.fromJson(stored.get(), SessionSummary.class));
        }
        return store.get(ObjectKeys.reportJson(session)).map(SessionSummary::of);
    }
}
