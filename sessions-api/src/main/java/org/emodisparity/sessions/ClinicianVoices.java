package org.emodisparity.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.emodisparity.model.ContentHash;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.store.ObjectStore;

/**
 * A clinician's voice sample, kept once per clinician and given to each session that clinician creates: the
 * speech stage then knows which of two voices is the clinician's, so the other is the client's. Kept in the
 * uploads area of the clinician's clinic under {@code uploads/{clinic}/_clinicians/{subject hash}/}: not a session
 * id ({@code _} cannot start one), so no stage ever treats it as an upload, and the clinic's prefix keeps it in the
 * clinic. The subject is hashed, so no token subject (an e-mail, say) becomes part of a key.
 */
@ApplicationScoped
public class ClinicianVoices {
    static final String FOLDER = "_clinicians/";

    private final ObjectStore store;

    public ClinicianVoices(ObjectStore store) {
        this.store = store;
    }

    private static String prefix(Caller caller) {
        String subject = ContentHash.sha256(caller.subject().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        return ObjectKeys.clinicPrefix(ObjectKeys.UPLOADS, caller.clinicId()) + FOLDER + subject + "/";
    }

    /** The stored sample's key, if the caller has one. */
    public Optional<String> sample(Caller caller) throws IOException {
        List<String> keys = store.list(prefix(caller));
        return keys.stream().filter(k -> k.substring(k.lastIndexOf('/') + 1).startsWith("clinician-voice.")).findFirst();
    }

    /** Replaces the caller's sample. */
    public void put(Caller caller, String fileName, InputStream body) throws IOException {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("voice-", ".part");
        try {
            java.nio.file.Files.copy(body, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (java.nio.file.Files.size(tmp) == 0) {
                throw new IllegalArgumentException("the voice sample is empty");
            }
            delete(caller);
            store.putFile(prefix(caller) + fileName, tmp);
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    /** Removes the caller's sample; returns how many objects were removed. */
    public int delete(Caller caller) throws IOException {
        int n = 0;
        for (String key : store.list(prefix(caller))) {
            if (store.delete(key)) {
                n++;
            }
        }
        return n;
    }

    /** Gives the caller's sample, if any, to a new session of theirs (before any upload of it). */
    public boolean giveTo(Caller caller, SessionRef session) throws IOException {
        Optional<String> key = sample(caller);
        if (key.isEmpty()) {
            return false;
        }
        String name = key.get().substring(key.get().lastIndexOf('/') + 1);
        try (ObjectStore.LocalFile file = store.localFile(key.get())) {
            store.putFile(ObjectKeys.upload(session, name), file.path());
        }
        return true;
    }
}
