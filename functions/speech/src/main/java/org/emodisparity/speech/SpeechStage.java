package org.emodisparity.speech;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.model.Contract;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.ModalityStageRunner;
import org.emodisparity.model.StageRunner;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.SessionUploads;
import org.emodisparity.model.speakers.SessionSpeakers;
import org.emodisparity.model.store.ObjectStore;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.ModelTask;
import org.emodisparity.speech.analysis.ArousalFeature;
import org.emodisparity.speech.analysis.SpeakerBaseline;
import org.emodisparity.speech.analysis.ArousalModel;
import org.emodisparity.speech.analysis.ArousalScore;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.speech.analysis.IntervalAnalysis;
import org.emodisparity.speech.analysis.PhraseAnalysis;
import org.emodisparity.speech.analysis.SileroVad;
import org.emodisparity.speech.analysis.SpeechAnalysisResult;
import org.emodisparity.speech.analysis.SpeechAnalyzer;
import org.emodisparity.speech.analysis.SpeechAnalyzerSettings;
import org.emodisparity.speech.analysis.SpeechPresence;
import org.emodisparity.speech.analysis.VocalCues;
import org.emodisparity.speech.analysis.SpeechRegion;
import org.emodisparity.model.audio.Wav16k;
import org.emodisparity.speech.diarization.DiarizationSettings;
import org.emodisparity.speech.diarization.SpeakerDiarizer;
import org.emodisparity.speech.speakers.SpeakerFinder;
import org.emodisparity.speech.emotion.SpeechEmotionAnalyzer;
import org.emodisparity.speech.emotion.SpeechEmotionClassifier;
import org.emodisparity.speech.emotion.SpeechEmotionResult;
import org.emodisparity.speech.emotion.WindowEmotion;

/**
 * The speech stage: Silero VAD → speech regions → who speaks when and which speaker is the client
 * ({@link SpeakerFinder}: participant audio, speaker names in the transcript, an active-speaker timeline, else
 * diarisation) → each speaker's phrases, vocal cues and vocal arousal (prosody) per time unit, relative to that
 * speaker's own baseline in the session. The voice timeline is the client's alone: a window where only the
 * clinician speaks says "no speech of the client". When the client cannot be identified the windows say so and the
 * part keeps each speaker's estimates ({@code extras.windowsBySpeaker}) for fusion. The default profile has no
 * speech-emotion model, so windows carry an arousal score, not emotion labels.
 */
@ApplicationScoped
public class SpeechStage {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SpeechStage.class);
    static final String VAD_MODEL = "silero-vad";
    static final String EMOTION_MODEL = "wav2vec2-speech-emotion";
    static final String MEASURE = "vocal arousal (prosody and voice quality)";
    /** Cues that moved at least this many baseline SDs are named in a window's evidence. */
    static final double MOVED_SD = 1.0;
    /** Evidence key prefix of a cue's z-score against the speaker's baseline. */
    static final String Z_PREFIX = "z ";

    private final ObjectStore store;
    private final ModalityStageRunner runner;
    private final ModelRepository models;
    private final String vadModel;
    private final String emotionModel;
    private final String arousalModelId;
    private final SpeakerDiarizer diarizer = new SpeakerDiarizer(DiarizationSettings.defaults());
    private volatile SileroVad vad;
    private volatile SpeechAnalyzer analyzer;
    private volatile Optional<SpeechEmotionAnalyzer> emotion;
    private volatile ArousalModel arousalModel;

    @Inject
    public SpeechStage(ObjectStore store, ModelRepository models, SpeechConfig config) {
        this(store, models, config.vadModel(), config.emotionModel(), config.arousalModel());
    }

    /** With the default models. */
    SpeechStage(ObjectStore store, ModelRepository models) {
        this(store, models, VAD_MODEL, EMOTION_MODEL, ArousalModel.TRAINED_ID);
    }

    SpeechStage(ObjectStore store, ModelRepository models, String vadModel, String emotionModel,
                String arousalModel) {
        this.store = store;
        this.runner = new ModalityStageRunner(store, Stage.SPEECH);
        this.models = models;
        this.vadModel = vadModel;
        this.emotionModel = emotionModel;
        this.arousalModelId = arousalModel;
    }

    public PartDone analyse(SessionSegmented event) {
        return runner.runUnlessSkipped(event, this::timeline);
    }

    private ModalityTimeline timeline(SessionSegmented event, SessionStatusStore.Tracker tracker) throws IOException {
        Optional<SpeechAnalyzer> loaded = analyzer();
        if (loaded.isEmpty()) {
            return ModalityTimeline.without(event.session(), Stage.SPEECH, Availability.UNAVAILABLE, ReasonCode.NO_MODEL,
                    "modality unavailable: no voice-activity model installed (" + vadModel + ")");
        }
        WindowPlan plan = runner.plan(event);
        float[] pcm = readAudio(event.audioKey());
        List<SpeechRegion> speech = vad.detect(pcm);
        tracker.progress(0.2);
        SpeakerFinder.Found found = new SpeakerFinder(store, vad, diarizer)
                .find(SessionUploads.of(store, event.session()), pcm, speech, plan.durationSeconds());
        SessionSpeakers speakers = found.speakers();
        tracker.progress(0.4);
        List<TimeWindow> intervals = plan.windows().stream().map(w -> TimeWindow.of(w.start(), w.end())).toList();
        // every speaker's voice against their own baseline; the client's is the voice timeline
        Map<String, SpeechAnalysisResult> bySpeaker = new LinkedHashMap<>();
        for (SessionSpeakers.Speaker s : speakers.speakers()) {
            SpeakerFinder.SpeakerSpeech sp = found.speech().get(s.id());
            if (sp != null && !sp.regions().isEmpty()) {
                bySpeaker.put(s.id(), loaded.get().analyze(sp.pcm(), sp.regions(), intervals));
            }
        }
        tracker.progress(0.7);
        String clientId = speakers.clientId();
        SpeechAnalysisResult client = clientId == null ? null : bySpeaker.get(clientId);
        // where a speech-emotion model is installed: label probabilities per phrase of the client, onto the windows
        Optional<SpeechEmotionResult> emotions = client == null ? Optional.empty()
                : emotionAnalyzer().map(a -> a.analyse(found.speech().get(clientId).pcm(),
                        client.phrases().stream().map(p -> p.phrase().interval()).toList(), plan.windows()));
        tracker.progress(0.9);

        List<WindowEstimate> windows = new ArrayList<>();
        List<String> modelIds = new ArrayList<>(List.of(vadModel, arousalModel.id()));
        emotions.ifPresent(e -> modelIds.add(e.modelId()));
        String none = speakers.speakers().isEmpty() ? "no speech"
                : clientId == null ? "speech, but whose is not identified" : "no speech of the client";
        for (int i = 0; i < plan.windows().size(); i++) {
            TimeWindow w = plan.windows().get(i);
            if (client == null) {
                windows.add(WindowEstimate.nothing(w, none));
                continue;
            }
            WindowEmotion labels = emotions.isPresent() ? emotions.get().windows().get(i) : null;
            windows.add(estimate(w, client.intervals().get(i), labels,
                    speakers.speakers().size() > 1 ? "no speech of the client" : "no speech"));
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("measures", MEASURE);
        extras.put("arousalMethod", "tanh of the weighted mean z-score of F0 level and range, loudness, syllable rate, "
                + "HNR and spectral balance (alpha ratio, Hammarberg index, slopes, centroid, flux; Eyben et al. 2016) "
                + "against the speaker's own baseline in the session; weights " + arousalModel.id()
                + (arousalModel.id().equals(ArousalModel.PRIOR_ID)
                        ? " (literature prior: " + arousalModelId + " is not installed)"
                        : " (logistic regression, EmoDB 4 speakers, leave-one-speaker-out validated)"));
        extras.put("speakers", speakers);
        extras.put("speechSeconds", round(speech.stream().mapToDouble(r -> r.end() - r.start()).sum()));
        if (client != null) {
            extras.put("clientSpeechSeconds", round(client.speechSeconds()));
            extras.put("clientVoice", voiceOf(client.phraseBaseline()));
            extras.put("phrases", client.phrases().stream().map(SpeechStage::phrase).toList());
        } else if (!bySpeaker.isEmpty()) {
            // the client is not identified here; fusion may still tell from the face which speaker is the client
            Map<String, List<WindowEstimate>> perSpeaker = new LinkedHashMap<>();
            bySpeaker.forEach((id, r) -> {
                List<WindowEstimate> estimates = new ArrayList<>();
                for (int i = 0; i < plan.windows().size(); i++) {
                    WindowEstimate e = estimate(plan.windows().get(i), r.intervals().get(i), null, "no speech");
                    if (e.arousal() != null) {
                        estimates.add(e);
                    }
                }
                perSpeaker.put(id, estimates);
            });
            extras.put("windowsBySpeaker", perSpeaker);
        }
        return new ModalityTimeline(Contract.SCHEMA_VERSION, event.clinicId(), event.sessionId(), Stage.SPEECH,
                Availability.AVAILABLE, null, null, modelIds, windows, extras);
    }

    /**
     * The client's vocal baseline of the session in units a clinician knows (median F0 in Hz, F0 range in
     * semitones, loudness in dBFS, syllables per second): what a course over sessions compares.
     */
    static Map<String, Object> voiceOf(SpeakerBaseline baseline) {
        Map<String, Object> voice = new LinkedHashMap<>();
        if (baseline == null) {
            return voice;
        }
        java.util.function.BiConsumer<String, ArousalFeature> put = (name, feature) -> {
            SpeakerBaseline.FeatureBaseline f = baseline.features().get(feature);
            if (f != null && f.n() > 0 && Double.isFinite(f.mean())) {
                voice.put(name, feature == ArousalFeature.F0_LEVEL
                        ? round(100 * Math.pow(2, f.mean() / 12)) : round(f.mean()));
            }
        };
        put.accept("f0MedianHz", ArousalFeature.F0_LEVEL);
        put.accept("f0RangeSemitones", ArousalFeature.F0_RANGE);
        put.accept("loudnessDbfs", ArousalFeature.LOUDNESS);
        put.accept("syllablesPerSecond", ArousalFeature.SPEAKING_RATE);
        return voice;
    }

    private WindowEstimate estimate(TimeWindow w, IntervalAnalysis a, WindowEmotion labels, String silent) {
        VocalCues cues = a.cues();
        if (cues.presence() != SpeechPresence.SPEECH) {
            return WindowEstimate.nothing(w, silent);
        }
        ArousalScore arousal = a.arousal();
        boolean scored = arousal.status() == ArousalScore.Status.SCORED;
        Double arousalValue = scored ? round(arousal.value()) : null;
        if (labels != null && labels.hasEstimate()) {
            EmotionDistribution d = labels.distribution();
            return new WindowEstimate(w.index(), w.start(), w.end(), d.probabilities(), round(d.valence()),
                    arousalValue, round(labels.confidence()), labels.modelId(),
                    "speech emotion + " + MEASURE, evidence(cues, arousal));
        }
        String note = !scored ? "speech, but too few vocal cues for an arousal score"
                : arousal.modelId().equals(ArousalModel.PRIOR_ID)
                        ? MEASURE + ", prior weights (" + arousalModelId + " not installed)" : MEASURE;
        return new WindowEstimate(w.index(), w.start(), w.end(), null, null, arousalValue,
                scored ? round(arousal.confidence()) : null, arousal.modelId(), note, evidence(cues, arousal));
    }

    private static Map<String, Object> evidence(VocalCues cues, ArousalScore arousal) {
        Map<String, Object> m = cues(cues);
        m.putAll(arousalEvidence(arousal));
        return m;
    }

    /**
     * Which cues moved against the baseline, by how many of its standard deviations: "z F0 level" = 1.5, …, and
     * "arousalCuesMoved" naming those that moved at least {@value #MOVED_SD} SD.
     */
    private static Map<String, Object> arousalEvidence(ArousalScore arousal) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (arousal.scored()) {
            // flat numeric entries, so that an episode's evidence averages them per cue
            arousal.zScores().forEach((f, v) -> m.put(Z_PREFIX + f.label(), Math.round(v * 100) / 100.0));
            String moved = arousal.cuesMoved(MOVED_SD);
            if (!moved.isEmpty()) {
                m.put("arousalCuesMoved", moved);
            }
        }
        return m;
    }

    private static Map<String, Object> phrase(PhraseAnalysis p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", round(p.phrase().start()));
        m.put("end", round(p.phrase().end()));
        if (p.arousal().value() != null) {
            m.put("arousal", round(p.arousal().value()));
        }
        m.putAll(arousalEvidence(p.arousal()));
        m.putAll(cues(p.cues()));
        return m;
    }

    /** The cues a clinician can read, without nulls. */
    private static Map<String, Object> cues(VocalCues c) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "speechSeconds", c.speechSeconds());
        put(m, "f0MedianHz", c.f0MedianHz());
        put(m, "f0RangeSemitones", c.f0RangeSemitones());
        put(m, "loudnessDbfs", c.loudnessDbfs());
        put(m, "syllablesPerSecond", c.syllableRate());
        put(m, "pauseRatio", c.pauseRatio());
        if (c.pauseCount() != null) {
            m.put("pauseCount", c.pauseCount());
        }
        put(m, "jitter", c.jitterLocal());
        put(m, "shimmer", c.shimmerLocal());
        put(m, "hnrDb", c.hnrDb());
        put(m, "alphaRatioDb", c.alphaRatioDb());
        put(m, "hammarbergDb", c.hammarbergDb());
        put(m, "spectralSlope0to500DbPerKhz", c.slope0to500());
        put(m, "spectralSlope500to1500DbPerKhz", c.slope500to1500());
        put(m, "spectralCentroidHz", c.spectralCentroidHz());
        put(m, "spectralFlux", c.spectralFlux());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Double value) {
        if (value != null && !value.isNaN()) {
            m.put(key, round(value));
        }
    }

    private float[] readAudio(String audioKey) throws IOException {
        try (ObjectStore.LocalFile wav = store.localFile(audioKey)) {
            return Wav16k.readMono(wav.path());
        }
    }

    /** Loads the VAD once per process; empty when the model is not installed (checksum verified when it is). */
    private Optional<SpeechAnalyzer> analyzer() {
        if (analyzer == null) {
            synchronized (this) {
                if (analyzer == null) {
                    Optional<InstalledModel> vad = installed(vadModel, ModelTask.VOICE_ACTIVITY);
                    if (vad.isEmpty()) {
                        return Optional.empty();
                    }
                    arousalModel = installed(arousalModelId, ModelTask.VOCAL_AROUSAL)
                            .map(m -> ArousalModel.read(m.file(ArousalModel.FILE_NAME)))
                            .orElseGet(ArousalModel::prior); // documented fallback, named in every window's note
                    SpeechAnalyzerSettings defaults = SpeechAnalyzerSettings.defaults();
                    this.vad = SileroVad.load(vad.get().file(onnxFile(vad.get())));
                    analyzer = new SpeechAnalyzer(this.vad,
                            new SpeechAnalyzerSettings(defaults.phrasePauseSeconds(), defaults.cues(), arousalModel));
                }
            }
        }
        return Optional.of(analyzer);
    }

    /** The speech-emotion classifier, once per process, when its model is installed. */
    private Optional<SpeechEmotionAnalyzer> emotionAnalyzer() {
        if (emotion == null) {
            synchronized (this) {
                if (emotion == null) {
                    emotion = installed(emotionModel, ModelTask.SPEECH_EMOTION)
                            .map(m -> new SpeechEmotionAnalyzer(SpeechEmotionClassifier.open(m)));
                }
            }
        }
        return emotion;
    }

    /**
     * The configured model when it is installed (checksum verified) and of the slot's catalog task; a model of
     * another task is not loaded, and the stage runs as without it.
     */
    private Optional<InstalledModel> installed(String modelId, ModelTask task) {
        Optional<InstalledModel> model = models.find(modelId);
        if (model.isPresent() && model.get().entry().task() != task) {
            LOG.warnf("speech: model %s is a %s model, not %s; not used", modelId, model.get().entry().task().label(),
                    task.label());
            return Optional.empty();
        }
        return model;
    }

    private static String onnxFile(InstalledModel model) {
        return model.entry().files().stream().map(org.emodisparity.models.ModelFile::name)
                .filter(n -> n.endsWith(".onnx")).findFirst()
                .orElseThrow(() -> new IllegalStateException("model " + model.id() + " has no .onnx file"));
    }

    private static double round(double v) {
        return StageRunner.round(v, 3);
    }
}
