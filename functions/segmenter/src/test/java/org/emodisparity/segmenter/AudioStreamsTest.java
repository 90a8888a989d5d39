package org.emodisparity.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emodisparity.fixtures.Dialogue;
import org.emodisparity.fixtures.MultiAudioRecording;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.model.MediaInfo;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.UploadCreated;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.speakers.ParticipantAudio;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording with several audio streams, built from real voices of {@code ../shared} (JFK as the therapist, a
 * LibriVox reader as the client, alternating turns) with the Pexels video: one stream per person becomes participant
 * audio named by the transcript's speakers, or by the streams' titles; crosstalk between the streams is silenced;
 * a mix stream beside them is the session's audio; the same voices in two streams are not split.
 */
class AudioStreamsTest {
    static final String THERAPIST = "Dr Lee";
    static final String CLIENT = "Ann";
    static final SessionRef S = new SessionRef("clinic-a", "streams");

    @TempDir
    static Path shared;
    static Dialogue.Built dialogue;
    static float[] therapist;
    static float[] client;
    static float[] mixed;

    @TempDir
    Path dir;

    @BeforeAll
    static void voices() throws Exception {
        dialogue = Dialogue.jfkAndLibrivox(THERAPIST, CLIENT).build(shared.resolve("dialogue"));
        therapist = Dialogue.read(dialogue.tracks().get(THERAPIST));
        client = Dialogue.read(dialogue.tracks().get(CLIENT));
        mixed = Dialogue.read(dialogue.mixed());
    }

    record Segmented(LocalFolderObjectStore store, MediaInfo info) {
        ParticipantAudio participants() throws Exception {
            return Contract.fromJson(store.get(ObjectKeys.participants(S)).orElseThrow(), ParticipantAudio.class);
        }

        float[] wav(String key) throws Exception {
            return Dialogue.read(store.localPath(key).orElseThrow());
        }
    }

    Segmented segment(List<MultiAudioRecording.Track> tracks, boolean withTranscript) throws Exception {
        Path video = MultiAudioRecording.write(dir.resolve("session.mkv"), SharedMedia.pexelsWomanVideo(), tracks);
        LocalFolderObjectStore store = new LocalFolderObjectStore(dir.resolve("bucket"));
        if (withTranscript) {
            store.putFile(ObjectKeys.upload(S, "transcript.vtt"), dialogue.transcript());
        }
        String key = ObjectKeys.upload(S, "video.mkv");
        store.putFile(key, video);
        byte[] before = Files.readAllBytes(video);
        new SegmenterStage(store, SegmenterStageTest.config(2.5, 1.25, java.time.Duration.ofHours(3)))
                .segment(new UploadCreated(key, Files.size(video))).orElseThrow();
        assertTrue(java.util.Arrays.equals(before, store.get(key).orElseThrow()), "the upload is unchanged");
        return new Segmented(store, Contract.fromJson(store.get(ObjectKeys.mediaInfo(S)).orElseThrow(),
                MediaInfo.class));
    }

    /** Share of the signal's energy inside the placed turns of {@code speaker}. */
    static double energyInside(float[] pcm, String speaker) {
        double inside = 0;
        double all = 0;
        for (int i = 0; i < pcm.length; i++) {
            double e = pcm[i] * (double) pcm[i];
            all += e;
            double t = i / (double) Dialogue.RATE;
            for (Dialogue.Placed p : dialogue.placed()) {
                if (p.speaker().equals(speaker) && t >= p.start() - 0.25 && t < p.end() + 0.25) {
                    inside += e;
                    break;
                }
            }
        }
        return all == 0 ? 0 : inside / all;
    }

    /** Seconds of each placed turn of {@code speaker} that carry sound in {@code pcm} (RMS over 50 ms above -50 dBFS). */
    static double audibleShare(float[] pcm, String speaker) {
        double turn = 0;
        double audible = 0;
        for (Dialogue.Placed p : dialogue.placed()) {
            if (!p.speaker().equals(speaker)) {
                continue;
            }
            for (double t = p.start(); t + 0.05 <= p.end(); t += 0.05) {
                turn += 0.05;
                int from = (int) (t * Dialogue.RATE);
                double sum = 0;
                for (int i = from; i < Math.min(pcm.length, from + 800); i++) {
                    sum += pcm[i] * (double) pcm[i];
                }
                if (10 * Math.log10(sum / 800 + 1e-12) > -50) {
                    audible += 0.05;
                }
            }
        }
        return audible / turn;
    }

    static Map<String, MediaInfo.AudioTrack> byName(MediaInfo info) {
        Map<String, MediaInfo.AudioTrack> m = new java.util.LinkedHashMap<>();
        info.audio().tracks().forEach(t -> m.put(t.name(), t));
        return m;
    }

    @Test
    void oneStreamPerPersonBecomesParticipantAudioNamedByTheTranscriptsSpeakers() throws Exception {
        Segmented s = segment(List.of(new MultiAudioRecording.Track(null, therapist),
                new MultiAudioRecording.Track(null, client)), true);
        MediaInfo.AudioStream audio = s.info().audio();
        assertEquals(2, audio.audioStreams());
        assertEquals(2, audio.tracks().size(), audio.toString());
        Map<String, MediaInfo.AudioTrack> tracks = byName(s.info());
        assertEquals(MediaInfo.AudioTrack.PARTICIPANT, tracks.get(THERAPIST).use(), tracks.toString());
        assertEquals(MediaInfo.AudioTrack.PARTICIPANT, tracks.get(CLIENT).use(), tracks.toString());
        assertEquals(1, tracks.get(THERAPIST).streamIndex(), "the first audio stream (after the video) is JFK's");
        assertEquals(2, tracks.get(CLIENT).streamIndex());
        double active = tracks.get(CLIENT).activeSeconds();
        assertTrue(active > 0.6 * dialogue.seconds(CLIENT) && active < 1.1 * dialogue.seconds(CLIENT),
                active + " s active of the client's " + dialogue.seconds(CLIENT) + " s of turns");

        ParticipantAudio participants = s.participants();
        assertTrue(participants.fromRecordingStreams());
        assertEquals(List.of(THERAPIST, CLIENT), participants.usable().stream()
                .map(ParticipantAudio.Participant::label).toList());
        float[] own0 = s.wav(participants.usable().get(0).audioKey());
        float[] own1 = s.wav(participants.usable().get(1).audioKey());
        assertTrue(energyInside(own0, THERAPIST) > 0.99, "the therapist's stream holds the therapist");
        assertTrue(energyInside(own1, CLIENT) > 0.99, "the client's stream holds the client");
        assertTrue(audibleShare(own1, CLIENT) >= 0.95 * audibleShare(client, CLIENT), "and all of the client's turns");

        // the session's audio (VAD, transcription) is both voices
        float[] session = s.wav(ObjectKeys.audio(S));
        assertEquals(client.length, session.length, Dialogue.RATE * 0.2);
        assertTrue(audibleShare(session, THERAPIST) >= 0.95 * audibleShare(therapist, THERAPIST)
                && audibleShare(session, CLIENT) >= 0.95 * audibleShare(client, CLIENT),
                "the session's audio is the sum of the streams");
    }

    @Test
    void withoutATranscriptTheStreamsTitlesNameThemAndCrosstalkIsSilenced() throws Exception {
        // each microphone also hears the other person, 26 dB down
        float[] bleedTherapist = therapist.clone();
        float[] bleedClient = client.clone();
        for (int i = 0; i < Math.min(therapist.length, client.length); i++) {
            bleedTherapist[i] += 0.05f * client[i];
            bleedClient[i] += 0.05f * therapist[i];
        }
        Segmented s = segment(List.of(new MultiAudioRecording.Track("Therapist", bleedTherapist),
                new MultiAudioRecording.Track("Client", bleedClient)), false);
        Map<String, MediaInfo.AudioTrack> tracks = byName(s.info());
        assertEquals(MediaInfo.AudioTrack.PARTICIPANT, tracks.get("Therapist").use(), tracks.toString());
        assertEquals(MediaInfo.AudioTrack.PARTICIPANT, tracks.get("Client").use(), tracks.toString());
        ParticipantAudio participants = s.participants();
        assertEquals(List.of("Therapist", "Client"), participants.usable().stream()
                .map(ParticipantAudio.Participant::label).toList());
        float[] ownClient = s.wav(participants.usable().get(1).audioKey());
        assertTrue(energyInside(ownClient, CLIENT) > 0.999, "the therapist's voice in the client's microphone is gone: "
                + energyInside(ownClient, CLIENT));
        assertTrue(audibleShare(ownClient, CLIENT) >= 0.95 * audibleShare(client, CLIENT));
    }

    @Test
    void aMixBesideThePersonsStreamsIsTheSessionsAudio() throws Exception {
        Segmented s = segment(List.of(new MultiAudioRecording.Track("Mixed", mixed),
                new MultiAudioRecording.Track(null, therapist), new MultiAudioRecording.Track(null, client)), true);
        Map<String, MediaInfo.AudioTrack> tracks = byName(s.info());
        assertEquals(MediaInfo.AudioTrack.MIX, tracks.get("Mixed").use(), tracks.toString());
        assertEquals(MediaInfo.AudioTrack.PARTICIPANT, tracks.get(THERAPIST).use(), tracks.toString());
        assertEquals(MediaInfo.AudioTrack.PARTICIPANT, tracks.get(CLIENT).use(), tracks.toString());
        assertEquals(2, s.participants().usable().size());
        float[] session = s.wav(ObjectKeys.audio(S));
        double diff = 0;
        for (int i = 0; i < Math.min(session.length, mixed.length); i++) {
            diff = Math.max(diff, Math.abs(session[i] - mixed[i]));
        }
        assertTrue(diff < 1e-3, "the session's audio is the mix stream: " + diff);
    }

    @Test
    void theSameVoicesInTwoStreamsAreNotSplitAndTheDefaultStreamIsAnalysed() throws Exception {
        float[] quieter = mixed.clone();
        for (int i = 0; i < quieter.length; i++) {
            quieter[i] *= 0.5f;
        }
        Segmented s = segment(List.of(new MultiAudioRecording.Track("English", mixed),
                new MultiAudioRecording.Track("Copy", quieter)), true);
        assertFalse(s.store().exists(ObjectKeys.participants(S)), "no participant audio");
        Map<String, MediaInfo.AudioTrack> tracks = byName(s.info());
        assertEquals(MediaInfo.AudioTrack.ANALYSED, tracks.get("English").use(), tracks.toString());
        assertEquals(MediaInfo.AudioTrack.UNUSED, tracks.get("Copy").use(), tracks.toString());
        assertEquals(1, s.info().audio().streamIndex(), "the default stream");
        assertNotNull(tracks.get("English").note());
        float[] session = s.wav(ObjectKeys.audio(S));
        assertTrue(audibleShare(session, THERAPIST) >= 0.95 * audibleShare(therapist, THERAPIST)
                && audibleShare(session, CLIENT) >= 0.95 * audibleShare(client, CLIENT));
    }

    @Test
    void aSilentSecondStreamLeavesTheDefaultStreamAlone() throws Exception {
        Segmented s = segment(List.of(new MultiAudioRecording.Track(null, mixed),
                new MultiAudioRecording.Track(null, new float[mixed.length])), false);
        assertFalse(s.store().exists(ObjectKeys.participants(S)));
        Map<String, MediaInfo.AudioTrack> tracks = byName(s.info());
        assertEquals(MediaInfo.AudioTrack.ANALYSED, tracks.get("audio stream 1").use(), tracks.toString());
        assertEquals(MediaInfo.AudioTrack.UNUSED, tracks.get("audio stream 2").use());
        assertTrue(tracks.get("audio stream 2").note().startsWith("silent"), tracks.toString());
        assertEquals(1, s.info().audio().streamIndex());
    }

    @Test
    void aSilentDefaultStreamGivesWayToTheStreamThatCarriesTheVoices() throws Exception {
        Segmented s = segment(List.of(new MultiAudioRecording.Track(null, new float[mixed.length]),
                new MultiAudioRecording.Track(null, mixed)), false);
        assertFalse(s.store().exists(ObjectKeys.participants(S)));
        Map<String, MediaInfo.AudioTrack> tracks = byName(s.info());
        assertEquals(MediaInfo.AudioTrack.UNUSED, tracks.get("audio stream 1").use(), tracks.toString());
        assertEquals(MediaInfo.AudioTrack.ANALYSED, tracks.get("audio stream 2").use(), tracks.toString());
        assertEquals(2, s.info().audio().streamIndex(), "the analysed stream is named in media.audio");
        float[] session = s.wav(ObjectKeys.audio(S));
        assertTrue(audibleShare(session, CLIENT) >= 0.95 * audibleShare(client, CLIENT));
    }
}
