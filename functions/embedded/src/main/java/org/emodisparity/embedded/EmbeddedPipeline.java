package org.emodisparity.embedded;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.emodisparity.model.ContentHash;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.UploadCreated;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageStatus;
import org.emodisparity.model.store.ObjectStore;

/**
 * The embedded stand-in for "a clinic uploads to the bucket": puts a video under {@code uploads/} of the
 * local bucket and emits the same upload event S3 would, into the in-process {@code uploads} channel.
 */
@ApplicationScoped
public class EmbeddedPipeline {
    public static final String LOCAL_CLINIC = "local";

    private final ObjectStore store;
    private final SessionStatusStore statuses;
    private final Emitter<UploadCreated> uploads;

    public EmbeddedPipeline(ObjectStore store, @Channel("uploads") Emitter<UploadCreated> uploads) {
        this.store = store;
        this.statuses = new SessionStatusStore(store);
        this.uploads = uploads;
    }

    /**
     * Uploads a local video (and optionally its transcript, WebVTT or SRT, uploaded first as a sidecar) as a
     * session of the local clinic. The session id is derived from the content, so analysing the same files again
     * finds the same session (and its finished stages) instead of redoing it.
     */
    public SessionRef upload(Path video, Path transcript) throws IOException {
        String id = transcript == null ? ContentHash.sha256(video)
                : ContentHash.sha256(ContentHash.sha256(video).getBytes(), ContentHash.sha256(transcript).getBytes());
        SessionRef session = new SessionRef(LOCAL_CLINIC, "s-" + id.substring(0, 16));
        if (transcript != null) {
            String ext = extension(transcript);
            if (!ObjectKeys.isTranscriptSidecar("t" + ext)) {
                throw new IllegalArgumentException("a transcript must be a .vtt or .srt file");
            }
            putOnce(ObjectKeys.upload(session, "transcript" + ext), transcript);
        }
        String key = ObjectKeys.upload(session, "video" + extension(video));
        putOnce(key, video);
        submit(key);
        return session;
    }

    /** Uploads are never overwritten: the same bytes again are fine, different bytes are an error. */
    private void putOnce(String key, Path file) throws IOException {
        Optional<Long> existing = store.size(key);
        if (existing.isEmpty()) {
            store.putFile(key, file);
        } else if (existing.get() != Files.size(file)) {
            throw new IllegalStateException("a different upload already exists at " + key);
        }
    }

    /** Emits the upload event for an object already in the bucket (serve mode, or a retry). */
    public void submit(String uploadKey) throws IOException {
        long size = store.size(uploadKey).orElseThrow(() -> new IllegalArgumentException("no object " + uploadKey));
        uploads.send(new UploadCreated(uploadKey, size));
    }

    public Map<Stage, StageStatus> status(SessionRef session) {
        return statuses.all(session);
    }

    public ObjectStore store() {
        return store;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,5}") ? ext : "";
    }
}
