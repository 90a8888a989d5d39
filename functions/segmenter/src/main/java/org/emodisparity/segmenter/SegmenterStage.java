package org.emodisparity.segmenter;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.model.Contract;
import org.emodisparity.model.MediaInfo;
import org.emodisparity.model.ContentHash;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionUploads;
import org.emodisparity.model.UploadKind;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.PipelineEvents.UploadCreated;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageRunner;
import org.emodisparity.model.StageState;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.captions.CaptionParser;
import org.emodisparity.model.speakers.ParticipantAudio;
import org.emodisparity.model.speakers.SessionSpeakers;
import org.emodisparity.model.store.ObjectStore;
import org.jboss.logging.Logger;

/**
 * The first function: validates an upload, writes its media facts, the 16 kHz mono audio and the window plan
 * into the session's work area, and returns the event that fans out to the modality stages.
 *
 * <p>The upload is only read. A rejected upload ends with a FAILED segmenter status carrying a typed reason;
 * a redelivered event for a session already segmented replays the same fan-out event from the stored
 * artefacts without redoing the work.
 */
@ApplicationScoped
public class SegmenterStage {
    private static final Logger LOG = Logger.getLogger(SegmenterStage.class);

    private final ObjectStore store;
    private final StageRunner runner;
    private final SegmenterConfig config;
    private final MediaProbe probe = new MediaProbe();
    private final AudioExtractor audio = new AudioExtractor();
    private final AudioStreams streams = new AudioStreams(audio);

    public SegmenterStage(ObjectStore store, SegmenterConfig config) {
        this.store = store;
        this.runner = new StageRunner(store, Stage.SEGMENTER, StageRunner.Runs.ONCE);
        this.config = config;
    }

    /**
     * @return the fan-out event, or empty when nothing is to be analysed (a transcript sidecar, or a rejected
     *     upload whose reason is now in the segmenter status).
     * @throws IllegalArgumentException when the key is not an upload key at all
     */
    public Optional<SessionSegmented> segment(UploadCreated event) {
        ObjectKeys.UploadKey upload = ObjectKeys.parseUpload(event.key())
                .orElseThrow(() -> new IllegalArgumentException("not an upload key (expected "
                        + "uploads/{clinic}/{session}/{file}): " + event.key()));
        if (!UploadKind.of(upload.fileName()).isRecording()) {
            return Optional.empty(); // transcript, participant audio, options...: read by the stages that need them
        }
        SessionRef session = upload.session();
        return runner.run(session, new StageRunner.Job<Optional<SessionSegmented>>() {
            @Override
            public Optional<Optional<SessionSegmented>> without() {
                return claimRecording(session, upload) ? Optional.empty() : Optional.of(Optional.empty());
            }

            @Override
            public Optional<SessionSegmented> replay() {
                return SegmenterStage.this.replay(session);
            }

            @Override
            public StageRunner.Outcome<Optional<SessionSegmented>> attempt(SessionStatusStore.Tracker tracker)
                    throws IOException {
                try {
                    return StageRunner.Outcome.succeeded(Optional.of(SegmenterStage.this.run(session, event.key(),
                            tracker)));
                } catch (MediaRejected rejected) {
                    return new StageRunner.Outcome<>(Optional.empty(), StageState.FAILED, rejected.reason(),
                            rejected.getMessage());
                }
            }
        });
    }

    /**
     * One session, one recording: the first recording event of a session claims it (create-if-absent, atomic on
     * the local store); a different recording of the same session is refused with {@code SECOND_RECORDING}, in
     * its own status object, and never touches the session's stages. The same recording again (a redelivered
     * event) keeps its claim.
     */
    private boolean claimRecording(SessionRef session, ObjectKeys.UploadKey upload) {
        String claimKey = ObjectKeys.recordingClaim(session);
        String key = ObjectKeys.upload(session, upload.fileName());
        try {
            store.putIfAbsent(claimKey, key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String owner = store.get(claimKey).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8))
                    .orElse(key);
            if (owner.equals(key)) {
                return true;
            }
            String recording = owner.substring(owner.lastIndexOf('/') + 1);
            org.emodisparity.model.StageStatus refused = org.emodisparity.model.StageStatus.pending(session,
                    Stage.SEGMENTER).moveTo(StageState.RUNNING, 0, null, null).moveTo(StageState.FAILED, 1.0,
                    ReasonCode.SECOND_RECORDING, "not analysed: the session already has a recording (" + recording
                            + "); upload another recording as a new session");
            store.put(ObjectKeys.refusedUpload(session, upload.fileName()), Contract.toJson(refused));
            LOG.warnf("session %s: a second recording was refused (SECOND_RECORDING)", session);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SessionSegmented run(SessionRef session, String uploadKey, SessionStatusStore.Tracker tracker)
            throws MediaRejected, IOException {
        if (!store.exists(uploadKey)) {
            throw new MediaRejected(ReasonCode.MISSING_INPUT, "the upload no longer exists");
        }
        Path tempDir = Files.createTempDirectory("segmenter-");
        try (ObjectStore.LocalFile upload = store.localFile(uploadKey)) {
            Path media = upload.path();
            String sha256 = ContentHash.sha256(media);
            MediaProbe.Probed probed = probe.probe(media, uploadKey, sha256, config.maxDuration().toSeconds(),
                    p -> tracker.progress(0.4 * p));
            MediaInfo info = probed.info();
            WindowPlan plan = WindowPlan.plan(info.durationSeconds(), config.windowSeconds(), config.strideSeconds());

            String audioKey = null;
            List<AudioStreams.Participant> streamParticipants = List.of();
            if (info.hasAudio()) {
                Path wav = tempDir.resolve("audio.wav");
                List<MediaProbe.AudioStreamFacts> decodable = probed.decodableAudio();
                boolean uploaded = !SessionUploads.of(store, session).all(UploadKind.PARTICIPANT_AUDIO).isEmpty();
                if (decodable.size() >= 2 && !uploaded) {
                    // several audio streams: one person each ("separate audio per participant") becomes participant
                    // audio; otherwise the default stream is the session's audio
                    List<AudioStreams.Input> inputs = decodable.stream().map(f -> new AudioStreams.Input(f.index(),
                            f.ordinal(), f.title(), f.isDefault())).toList();
                    int defaultPosition = Math.max(0, decodable.stream().map(MediaProbe.AudioStreamFacts::index)
                            .toList().indexOf(info.audio().streamIndex()));
                    AudioStreams.Split split = streams.split(media, inputs, defaultPosition, info.durationSeconds(),
                            tempDir, wav, transcriptTurns(session), p -> tracker.progress(0.4 + 0.5 * p));
                    streamParticipants = split.participants();
                    MediaInfo.AudioStream a = info.audio();
                    // streamIndex: the stream that is the session's audio (the default one unless it is silent or a
                    // mix beside the participants' streams); the default one when the audio is the participants' sum
                    Integer analysed = split.analysedStreamIndex() != null ? split.analysedStreamIndex()
                            : a.streamIndex();
                    info = info.withAudio(new MediaInfo.AudioStream(a.codec(), a.sampleRate(), a.channels(),
                            a.durationSeconds(), analysed, a.audioStreams(),
                            withUndecodable(split.tracks(), probed)));
                } else {
                    audio.extract(media, wav, info.durationSeconds(), info.audio().streamIndex(),
                            p -> tracker.progress(0.4 + 0.5 * p));
                    if (probed.audioStreams().size() >= 2) {
                        info = info.withAudio(info.audio().withTracks(defaultOnly(probed, info.audio().streamIndex(),
                                uploaded)));
                    }
                }
                audioKey = ObjectKeys.audio(session);
                store.putFile(audioKey, wav);
            }
            if (streamParticipants.isEmpty()) {
                extractParticipants(session, tempDir);
            } else {
                storeStreamParticipants(session, streamParticipants);
            }
            extractClinicianVoice(session, tempDir);
            store.put(ObjectKeys.mediaInfo(session), Contract.toJson(info));
            store.put(ObjectKeys.plan(session), Contract.toJson(plan));
            LOG.infof("session %s: %.2f s, %d windows, video=%s audio=%s", session, info.durationSeconds(),
                    plan.windows().size(), info.hasVideo(), info.hasAudio());
            SessionSegmented segmented = event(session, uploadKey, audioKey, skipped(probed));
            store.put(ObjectKeys.segmented(session), Contract.toJson(segmented));
            return segmented;
        } finally {
            deleteRecursively(tempDir);
        }
    }

    /**
     * Each {@code participant-{label}.*} upload of the session (one person's own audio, aligned with the recording)
     * as 16 kHz mono WAV, listed in {@code participants.json}; a file FFmpeg cannot read is listed with the reason
     * and the session goes on without it.
     */
    private void extractParticipants(SessionRef session, Path tempDir) throws IOException {
        List<String> keys = SessionUploads.of(store, session).all(UploadKind.PARTICIPANT_AUDIO);
        if (keys.isEmpty()) {
            return;
        }
        List<ParticipantAudio.Participant> participants = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String label = UploadKind.participantLabel(keys.get(i).substring(keys.get(i).lastIndexOf('/') + 1))
                    .orElseThrow();
            Path wav = tempDir.resolve("participant-" + i + ".wav");
            try (ObjectStore.LocalFile file = store.localFile(keys.get(i))) {
                audio.extract(file.path(), wav, 0, p -> { });
                String key = ObjectKeys.participantAudio(session, i);
                store.putFile(key, wav);
                participants.add(new ParticipantAudio.Participant(label, key, null));
            } catch (IOException | RuntimeException e) {
                LOG.warnf("session %s: participant audio %d unreadable (%s)", session, i, e.getClass().getSimpleName());
                participants.add(new ParticipantAudio.Participant(label, null,
                        "not readable as audio (" + e.getClass().getSimpleName() + ")"));
            }
        }
        store.put(ObjectKeys.participants(session), Contract.toJson(new ParticipantAudio(participants)));
    }

    /** The recording's own participant streams as the session's participant audio (as uploads would be). */
    private void storeStreamParticipants(SessionRef session, List<AudioStreams.Participant> found) throws IOException {
        List<ParticipantAudio.Participant> participants = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            String key = ObjectKeys.participantAudio(session, i);
            store.putFile(key, found.get(i).wav());
            participants.add(new ParticipantAudio.Participant(found.get(i).name(), key, null,
                    found.get(i).streamIndex()));
        }
        store.put(ObjectKeys.participants(session), Contract.toJson(new ParticipantAudio(participants)));
        LOG.infof("session %s: %d audio streams, one participant each", session, found.size());
    }

    /** The audio streams of a file with several when only the default one is analysed. */
    private static List<MediaInfo.AudioTrack> defaultOnly(MediaProbe.Probed probed, Integer analysed,
                                                          boolean uploaded) {
        List<MediaInfo.AudioTrack> tracks = new ArrayList<>();
        for (MediaProbe.AudioStreamFacts f : probed.audioStreams()) {
            String name = f.title() != null ? f.title() : "audio stream " + f.ordinal();
            boolean isAnalysed = Integer.valueOf(f.index()).equals(analysed);
            tracks.add(new MediaInfo.AudioTrack(f.index(), name,
                    isAnalysed ? MediaInfo.AudioTrack.ANALYSED : MediaInfo.AudioTrack.UNUSED, null,
                    !f.decodable() ? "not decodable by this build's FFmpeg"
                            : isAnalysed ? (f.isDefault() ? "the default audio stream" : "the first audio stream")
                                    + (uploaded ? "; each participant's own audio was uploaded separately" : "")
                            : uploaded ? "each participant's own audio was uploaded separately" : "not analysed"));
        }
        return tracks;
    }

    private static List<MediaInfo.AudioTrack> withUndecodable(List<MediaInfo.AudioTrack> tracks,
                                                              MediaProbe.Probed probed) {
        List<MediaInfo.AudioTrack> all = new ArrayList<>(tracks);
        for (MediaProbe.AudioStreamFacts f : probed.audioStreams()) {
            if (!f.decodable()) {
                all.add(new MediaInfo.AudioTrack(f.index(), f.title() != null ? f.title() : "audio stream "
                        + f.ordinal(), MediaInfo.AudioTrack.UNUSED, null, "not decodable by this build's FFmpeg"));
            }
        }
        all.sort(java.util.Comparator.comparingInt(MediaInfo.AudioTrack::streamIndex));
        return all;
    }

    /** The speaker-named cues of the session's transcript, for naming audio streams (empty without). */
    private List<SessionSpeakers.NamedTurn> transcriptTurns(SessionRef session) {
        try {
            Optional<String> key = SessionUploads.of(store, session).first(UploadKind.TRANSCRIPT);
            if (key.isEmpty()) {
                return List.of();
            }
            try (ObjectStore.LocalFile file = store.localFile(key.get())) {
                return CaptionParser.read(file.path()).segments().stream()
                        .filter(c -> c.speaker() != null && c.end() > c.start() && !c.text().isBlank())
                        .map(c -> new SessionSpeakers.NamedTurn(c.speaker(), c.start(), c.end())).toList();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("session %s: transcript not used for naming audio streams (%s)", session,
                    e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** A {@code clinician-voice.*} upload as 16 kHz mono WAV, for telling the clinician's voice from the client's. */
    private void extractClinicianVoice(SessionRef session, Path tempDir) throws IOException {
        Optional<String> key = SessionUploads.of(store, session).first(UploadKind.CLINICIAN_VOICE);
        if (key.isEmpty()) {
            return;
        }
        Path wav = tempDir.resolve("clinician-voice.wav");
        try (ObjectStore.LocalFile file = store.localFile(key.get())) {
            audio.extract(file.path(), wav, 0, p -> { });
            store.putFile(ObjectKeys.clinicianVoice(session), wav);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("session %s: clinician voice sample unreadable (%s)", session, e.getClass().getSimpleName());
        }
    }

    /** Modality stages with nothing to analyse, and why; each stage records the skip in its own status. */
    private static Map<Stage, ReasonCode> skipped(MediaProbe.Probed probed) {
        Map<Stage, ReasonCode> skipped = new EnumMap<>(Stage.class);
        if (probed.videoIssue() != null) {
            skipped.put(Stage.FACE, probed.videoIssue());
        }
        if (probed.audioIssue() != null) {
            skipped.put(Stage.SPEECH, probed.audioIssue());
            // transcribe-sentiment may still use a transcript uploaded beside the video, so it decides itself
            skipped.put(Stage.TRANSCRIPT, probed.audioIssue());
        }
        return skipped;
    }

    /** A redelivered upload event: resend the stored fan-out event (downstream stages are idempotent too). */
    private Optional<SessionSegmented> replay(SessionRef session) {
        try {
            return store.get(ObjectKeys.segmented(session)).map(b -> Contract.fromJson(b, SessionSegmented.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SessionSegmented event(SessionRef s, String uploadKey, String audioKey, Map<Stage, ReasonCode> skipped) {
        return new SessionSegmented(Contract.SCHEMA_VERSION, s.clinicId(), s.sessionId(), uploadKey,
                ObjectKeys.mediaInfo(s), ObjectKeys.plan(s), audioKey, skipped);
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("could not clean %s", dir);
        }
    }
}
