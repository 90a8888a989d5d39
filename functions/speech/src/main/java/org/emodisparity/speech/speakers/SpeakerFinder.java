package org.emodisparity.speech.speakers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.SessionUploads;
import org.emodisparity.model.UploadKind;
import org.emodisparity.model.captions.CaptionParser;
import org.emodisparity.model.captions.TranscriptSegment;
import org.emodisparity.model.speakers.ParticipantAudio;
import org.emodisparity.model.speakers.SessionSpeakers;
import org.emodisparity.model.speakers.SessionSpeakers.NamedTurn;
import org.emodisparity.model.speakers.SessionSpeakers.Role;
import org.emodisparity.model.speakers.SessionSpeakers.Source;
import org.emodisparity.model.speakers.SessionSpeakers.Speaker;
import org.emodisparity.model.speakers.SessionSpeakers.Turn;
import org.emodisparity.model.speakers.SpeakerRoles;
import org.emodisparity.model.speakers.SpeakerTimeline;
import org.emodisparity.model.speakers.Turns;
import org.emodisparity.model.Contract;
import org.emodisparity.model.store.ObjectStore;
import org.emodisparity.speech.analysis.SpeechRegion;
import org.emodisparity.speech.analysis.VoiceActivityDetector;
import org.emodisparity.model.audio.Wav16k;
import org.emodisparity.speech.diarization.Diarization;
import org.emodisparity.speech.diarization.SpeakerDiarizer;
import org.emodisparity.speech.diarization.SpeakerTurn;
import org.emodisparity.speech.diarization.VoiceProfile;

/**
 * Who speaks when in a session, from the most trusted source it has:
 * <ol>
 *   <li>per-participant audio ({@code participant-{label}.*} uploads, or the recording's own audio streams when it
 *       has one per participant; extracted by the segmenter): each file's speech is its participant's, analysed on
 *       that participant's own track;</li>
 *   <li>speaker names in the uploaded transcript (WebVTT voice spans, {@code Name:} prefixes);</li>
 *   <li>an uploaded active-speaker timeline (Zoom);</li>
 *   <li>otherwise speaker diarisation of the mixed track ({@link SpeakerDiarizer}).</li>
 * </ol>
 * With names (1–3), a speaker's speech is the detected speech inside their turns. Then {@link SpeakerRoles} says
 * which speaker is the client, using the session's options and a sample of the clinician's voice when uploaded.
 */
public final class SpeakerFinder {
    /** Turns of one name closer than this are one turn. */
    static final double NAMED_TURN_GAP_SECONDS = 0.3;

    private final ObjectStore store;
    private final VoiceActivityDetector vad;
    private final SpeakerDiarizer diarizer;

    public SpeakerFinder(ObjectStore store, VoiceActivityDetector vad, SpeakerDiarizer diarizer) {
        this.store = store;
        this.vad = vad;
        this.diarizer = diarizer;
    }

    /** One speaker's speech: the signal to analyse (their own track, or the mixed one) and where they speak in it. */
    public record SpeakerSpeech(float[] pcm, List<SpeechRegion> regions) {
    }

    /** The speakers with roles, and each speaker's speech by speaker id. */
    public record Found(SessionSpeakers speakers, Map<String, SpeakerSpeech> speech) {
    }

    /**
     * @param mixed the session's mixed 16 kHz mono audio
     * @param mixedSpeech the speech detected in it
     * @param durationSeconds the recording's duration (the end of the last timeline entry)
     */
    public Found find(SessionUploads uploads, float[] mixed, List<SpeechRegion> mixedSpeech, double durationSeconds)
            throws IOException {
        List<String> notes = new ArrayList<>();
        SessionOptions options;
        try {
            options = uploads.options();
        } catch (IOException e) {
            notes.add(e.getMessage() + "; analysed without them");
            options = SessionOptions.NONE;
        }
        Map<String, SpeakerSpeech> speech = new LinkedHashMap<>();
        Source source;
        List<Speaker> speakers = participants(uploads, notes, speech);
        if (!speakers.isEmpty()) {
            source = Source.PARTICIPANT_AUDIO;
        } else {
            Optional<List<NamedTurn>> named = transcriptTurns(uploads, notes);
            source = Source.TRANSCRIPT;
            if (named.isEmpty()) {
                named = timelineTurns(uploads, durationSeconds, notes);
                source = Source.TIMELINE;
            }
            if (named.isPresent()) {
                speakers = SessionSpeakers.fromNamedTurns(named.get(), source, NAMED_TURN_GAP_SECONDS);
                for (Speaker s : speakers) {
                    speech.put(s.id(), new SpeakerSpeech(mixed, regionsWithin(mixedSpeech, s.turns())));
                }
            } else {
                source = Source.DIARISATION;
                speakers = diarise(mixed, mixedSpeech, options, notes, speech);
            }
        }
        Optional<String> clinician = clinicianVoice(uploads, speakers, speech, notes);
        SessionSpeakers resolved = SpeakerRoles.resolve(source, speakers, options, clinician, notes);
        return new Found(resolved, speech);
    }

    private List<Speaker> participants(SessionUploads uploads, List<String> notes, Map<String, SpeakerSpeech> speech)
            throws IOException {
        Optional<byte[]> json = store.get(ObjectKeys.participants(uploads.session()));
        if (json.isEmpty()) {
            return List.of();
        }
        ParticipantAudio audio = Contract.fromJson(json.get(), ParticipantAudio.class);
        if (audio.fromRecordingStreams()) {
            notes.add("the recording has one audio stream per participant (" + audio.usable().size() + " streams, "
                    + "told apart by who is active when): each stream's speech is its participant's");
        }
        List<Speaker> out = new ArrayList<>();
        for (ParticipantAudio.Participant p : audio.participants()) {
            if (p.audioKey() == null) {
                notes.add("participant audio \"" + p.label() + "\" not used: " + p.problem());
                continue;
            }
            float[] pcm = read(p.audioKey());
            List<SpeechRegion> regions = vad.detect(pcm);
            String id = "S" + (out.size() + 1);
            out.add(new Speaker(id, Role.UNKNOWN, p.label(), Source.PARTICIPANT_AUDIO,
                    regions.stream().map(r -> new Turn(r.start(), r.end())).toList(), null));
            speech.put(id, new SpeakerSpeech(pcm, regions));
        }
        return out;
    }

    private Optional<List<NamedTurn>> transcriptTurns(SessionUploads uploads, List<String> notes) throws IOException {
        Optional<String> key = uploads.first(UploadKind.TRANSCRIPT);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<TranscriptSegment> segments;
        try (ObjectStore.LocalFile file = store.localFile(key.get())) {
            segments = CaptionParser.read(file.path()).segments();
        } catch (IOException e) {
            notes.add("the transcript's speaker names could not be read (" + e.getMessage() + ")");
            return Optional.empty();
        }
        List<TranscriptSegment> spoken = segments.stream().filter(s -> !s.text().isBlank()).toList();
        List<NamedTurn> named = spoken.stream().filter(s -> s.speaker() != null && s.end() > s.start())
                .map(s -> new NamedTurn(s.speaker(), s.start(), s.end())).toList();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        long unnamed = spoken.stream().filter(s -> s.speaker() == null).count();
        if (unnamed > 0) {
            notes.add(unnamed + " of " + spoken.size() + " transcript cues name no speaker: their speech is not "
                    + "attributed to anyone");
        }
        return Optional.of(named);
    }

    private Optional<List<NamedTurn>> timelineTurns(SessionUploads uploads, double durationSeconds, List<String> notes)
            throws IOException {
        Optional<String> key = uploads.first(UploadKind.SPEAKER_TIMELINE);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<NamedTurn> turns = SpeakerTimeline.parse(store.get(key.get()).orElse(new byte[0]), durationSeconds);
            return turns.isEmpty() ? Optional.empty() : Optional.of(turns);
        } catch (IOException e) {
            notes.add("the speaker timeline was not used: " + e.getMessage());
            return Optional.empty();
        }
    }

    private List<Speaker> diarise(float[] pcm, List<SpeechRegion> regions, SessionOptions options, List<String> notes,
                                  Map<String, SpeakerSpeech> speech) {
        OptionalInt count = options.speakers() == null ? OptionalInt.empty() : OptionalInt.of(options.speakers());
        Diarization d = diarizer.diarize(pcm, regions, count);
        notes.addAll(d.notes());
        List<Speaker> out = new ArrayList<>();
        for (int k = 0; k < d.speakers(); k++) {
            int label = k;
            List<Turn> turns = d.turns().stream().filter(t -> t.speaker() == label)
                    .map(t -> new Turn(t.start(), t.end())).toList();
            if (turns.isEmpty()) {
                continue;
            }
            String id = "S" + (out.size() + 1);
            out.add(new Speaker(id, Role.UNKNOWN, null, Source.DIARISATION, turns, null));
            // one speaker: all detected speech is theirs (the diarisation's turn edges add nothing)
            speech.put(id, new SpeakerSpeech(pcm, d.speakers() == 1 ? regions : regionsWithin(regions, turns)));
        }
        return out;
    }

    /** The clinician's voice sample (extracted by the segmenter) against each speaker's speech, when uploaded. */
    private Optional<String> clinicianVoice(SessionUploads uploads, List<Speaker> speakers,
                                            Map<String, SpeakerSpeech> speech, List<String> notes) throws IOException {
        String key = ObjectKeys.clinicianVoice(uploads.session());
        if (speakers.isEmpty() || !store.exists(key)) {
            return Optional.empty();
        }
        float[] sample = read(key);
        List<SpeechRegion> sampleSpeech = vad.detect(sample);
        if (sampleSpeech.isEmpty()) {
            notes.add("the clinician's voice sample holds no speech");
            return Optional.empty();
        }
        Optional<VoiceProfile> clinician = VoiceProfile.of(sample, sampleSpeech);
        if (clinician.isEmpty()) {
            notes.add("the clinician's voice sample holds too little speech (under 1 s) to recognise the voice");
            return Optional.empty();
        }
        Map<String, VoiceProfile> profiles = new LinkedHashMap<>();
        for (Speaker s : speakers) {
            SpeakerSpeech sp = speech.get(s.id());
            if (sp != null && !sp.regions().isEmpty()) {
                VoiceProfile.of(sp.pcm(), sp.regions()).ifPresent(p -> profiles.put(s.id(), p));
            }
        }
        Optional<String> match = clinician.get().bestMatch(profiles);
        if (match.isEmpty()) {
            notes.add("the clinician's voice sample matches none of the speakers");
        }
        return match;
    }

    /** The detected speech inside the given turns, as speech regions. */
    static List<SpeechRegion> regionsWithin(List<SpeechRegion> speech, List<Turn> turns) {
        List<Turn> speechTurns = speech.stream().map(r -> new Turn(r.start(), r.end())).toList();
        return Turns.intersect(speechTurns, Turns.merge(turns, 0)).stream()
                .filter(t -> t.duration() >= 0.02)
                .map(t -> new SpeechRegion(t.start(), t.end())).toList();
    }

    private float[] read(String key) throws IOException {
        try (ObjectStore.LocalFile wav = store.localFile(key)) {
            return Wav16k.readMono(wav.path());
        }
    }
}
