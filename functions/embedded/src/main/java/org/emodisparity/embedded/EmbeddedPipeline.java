package org.emodisparity.embedded;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.emodisparity.model.ContentHash;
import org.emodisparity.model.Contract;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.UploadKind;
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
     * What a clinic uploads for one session: the recording and, optionally, its transcript (WebVTT or SRT), one
     * audio file per participant (label → file), a sample of the clinician's voice, an active-speaker timeline and
     * the session's options.
     */
    public record SessionFiles(Path recording, Path transcript, Map<String, Path> participantAudio,
                               Path clinicianVoice, Path speakerTimeline, SessionOptions options) {
        public SessionFiles {
            participantAudio = participantAudio == null ? Map.of() : new java.util.TreeMap<>(participantAudio);
            options = options == null ? SessionOptions.NONE : options;
        }

        public static SessionFiles of(Path recording, Path transcript) {
            return new SessionFiles(recording, transcript, Map.of(), null, null, SessionOptions.NONE);
        }
    }

    /** Uploads a local video and its transcript as a session of the local clinic (see {@link #upload(SessionFiles)}). */
    public SessionRef upload(Path video, Path transcript) throws IOException {
        return upload(SessionFiles.of(video, transcript));
    }

    /**
     * Uploads a session's files into the local clinic, the helping files first and the recording last (its upload
     * starts the analysis). The session id is derived from the content of every file and the options, so analysing
     * the same files again finds the same session (and its finished stages) instead of redoing it, and different
     * options make a different session.
     */
    public SessionRef upload(SessionFiles files) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        parts.add(ContentHash.sha256(files.recording()).getBytes());
        Map<String, Path> sidecars = new java.util.LinkedHashMap<>();
        if (files.transcript() != null) {
            String ext = extension(files.transcript());
            if (UploadKind.of("t" + ext) != UploadKind.TRANSCRIPT) {
                throw new IllegalArgumentException("a transcript must be a .vtt or .srt file");
            }
            sidecars.put("transcript" + ext, files.transcript());
        }
        files.participantAudio().forEach((label, file) -> sidecars.put("participant-" + label + extension(file), file));
        if (files.clinicianVoice() != null) {
            sidecars.put("clinician-voice" + extension(files.clinicianVoice()), files.clinicianVoice());
        }
        if (files.speakerTimeline() != null) {
            sidecars.put("timeline.json", files.speakerTimeline());
        }
        for (Map.Entry<String, Path> e : sidecars.entrySet()) {
            if (UploadKind.of(e.getKey()).isRecording()) {
                throw new IllegalArgumentException("not a valid participant label or file name: " + e.getKey());
            }
            parts.add((e.getKey() + ":" + ContentHash.sha256(e.getValue())).getBytes());
        }
        byte[] options = files.options().equals(SessionOptions.NONE) ? null : Contract.toJson(files.options());
        if (options != null) {
            parts.add(options);
        }
        String id = parts.size() == 1 ? ContentHash.sha256(files.recording())
                : ContentHash.sha256(parts.toArray(byte[][]::new));
        SessionRef session = new SessionRef(LOCAL_CLINIC, "s-" + id.substring(0, 16));
        for (Map.Entry<String, Path> e : sidecars.entrySet()) {
            putOnce(ObjectKeys.upload(session, e.getKey()), e.getValue());
        }
        if (options != null) {
            String key = ObjectKeys.upload(session, UploadKind.SESSION_OPTIONS_FILE);
            if (!store.exists(key)) {
                store.put(key, options);
            }
        }
        String key = ObjectKeys.upload(session, "video" + extension(files.recording()));
        putOnce(key, files.recording());
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
