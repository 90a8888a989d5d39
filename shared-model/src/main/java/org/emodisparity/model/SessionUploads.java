package org.emodisparity.model;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.emodisparity.model.store.ObjectStore;

/**
 * The files a session's uploads hold besides the recording, found by their {@link UploadKind}: how every stage
 * finds the transcript, the speaker timeline, the clinician's voice sample and the session's options.
 */
public final class SessionUploads {
    private final ObjectStore store;
    private final SessionRef session;
    private final List<String> keys;

    private SessionUploads(ObjectStore store, SessionRef session, List<String> keys) {
        this.store = store;
        this.session = session;
        this.keys = keys;
    }

    public static SessionUploads of(ObjectStore store, SessionRef session) throws IOException {
        return new SessionUploads(store, session,
                store.list(ObjectKeys.sessionPrefix(ObjectKeys.UPLOADS, session)).stream().sorted().toList());
    }

    /** The first upload of this kind (in key order), if any. */
    public Optional<String> first(UploadKind kind) {
        return all(kind).stream().findFirst();
    }

    public List<String> all(UploadKind kind) {
        return keys.stream().filter(k -> UploadKind.of(k.substring(k.lastIndexOf('/') + 1)) == kind).toList();
    }

    /**
     * The session's options ({@code session.json}); none when absent. A file that is not valid options is an
     * {@link IOException} saying why: the clinic asked for something, and it must not be silently ignored.
     */
    public SessionOptions options() throws IOException {
        Optional<String> key = first(UploadKind.SESSION_OPTIONS);
        if (key.isEmpty()) {
            return SessionOptions.NONE;
        }
        byte[] json = store.get(key.get()).orElse(null);
        if (json == null) {
            return SessionOptions.NONE;
        }
        try {
            return Contract.fromJson(json, SessionOptions.class);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            throw new IOException("the session options (" + UploadKind.SESSION_OPTIONS_FILE + ") are not valid: "
                    + firstLine(cause.getMessage()));
        }
    }

    public SessionRef session() {
        return session;
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse(s);
    }
}
