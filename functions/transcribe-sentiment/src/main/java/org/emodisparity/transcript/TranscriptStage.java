package org.emodisparity.transcript;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.ObjectStore;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.transcript.analysis.AnalysedSentence;
import org.emodisparity.transcript.analysis.AnalyzerSettings;
import org.emodisparity.transcript.analysis.TranscriptEmotionAnalyzer;
import org.emodisparity.transcript.analysis.TranscriptEmotionResult;
import org.emodisparity.transcript.analysis.WindowTextEmotion;

/**
 * The transcribe-sentiment stage: the transcript uploaded beside the video (WebVTT/SRT), else Whisper on the
 * session's audio, split into sentences; the emotion of each sentence; the sentences spread onto the time units.
 * A window nobody speaks in says "no words".
 */
@ApplicationScoped
public class TranscriptStage {
    private final ObjectStore store;
    private final ModalityStageRunner runner;
    private final ModelRepository models;
    private final AnalyzerSettings config;
    private TranscriptEmotionAnalyzer analyzer;

    @Inject
    public TranscriptStage(ObjectStore store, ModelRepository models, TranscriptConfig config) {
        this(store, models, analyzerConfig(config));
    }

    /** With the default models. */
    TranscriptStage(ObjectStore store, ModelRepository models) {
        this(store, models, AnalyzerSettings.defaults());
    }

    TranscriptStage(ObjectStore store, ModelRepository models, AnalyzerSettings config) {
        this.store = store;
        this.runner = new ModalityStageRunner(store, Stage.TRANSCRIPT);
        this.models = models;
        this.config = config;
    }

    /** The configured models, in order of preference, with the default ways they run. */
    static AnalyzerSettings analyzerConfig(TranscriptConfig config) {
        AnalyzerSettings d = AnalyzerSettings.defaults();
        return new AnalyzerSettings(config.asrModels(), d.whisper(), config.textModels(), d.ort(), d.splitter());
    }

    public PartDone analyse(SessionSegmented event) {
        return runner.run(event, this::timeline);
    }

    private ModalityTimeline timeline(SessionSegmented event, SessionStatusStore.Tracker tracker) throws Exception {
        Optional<String> sidecar = store.list(ObjectKeys.sessionPrefix(ObjectKeys.UPLOADS, event.session())).stream()
                .filter(k -> ObjectKeys.isTranscriptSidecar(k.substring(k.lastIndexOf('/') + 1))).findFirst();
        ReasonCode skip = event.skipReason(Stage.TRANSCRIPT);
        if (skip != null && sidecar.isEmpty()) {
            return ModalityTimeline.without(event.session(), Stage.TRANSCRIPT, Availability.SKIPPED, skip,
                    "skipped: " + skip.meaning() + " and no transcript was uploaded");
        }
        WindowPlan plan = runner.plan(event);
        try (ObjectStore.LocalFile transcript = sidecar.isPresent() ? store.localFile(sidecar.get()) : null;
             ObjectStore.LocalFile audio = event.audioKey() == null || skip != null ? null
                     : store.localFile(event.audioKey())) {
            tracker.progress(0.1);
            TranscriptEmotionResult result;
            synchronized (this) {
                result = analyzer().analyse(Optional.ofNullable(transcript).map(ObjectStore.LocalFile::path),
                        Optional.ofNullable(audio).map(ObjectStore.LocalFile::path), plan);
            }
            tracker.progress(0.95);
            return timeline(event, result);
        }
    }

    private static ModalityTimeline timeline(SessionSegmented event, TranscriptEmotionResult result) {
        Map<String, Object> extras = new LinkedHashMap<>();
        if (result.origin() != null) {
            extras.put("origin", result.origin().name());
        }
        if (result.language() != null) {
            extras.put("language", result.language());
        }
        if (!result.warnings().isEmpty()) {
            extras.put("warnings", result.warnings());
        }
        extras.put("sentences", result.sentences().stream().map(TranscriptStage::sentence).toList());
        if (result.status() != TranscriptEmotionResult.Status.ANALYSED) {
            String message = result.status() == TranscriptEmotionResult.Status.TRANSCRIPT_ONLY
                    ? "modality unavailable: transcript available, but no text-emotion model installed"
                    : "modality " + result.message();
            ReasonCode reason = switch (result.status()) {
                case UNREADABLE -> ReasonCode.TRANSCRIPT_UNREADABLE;
                case UNSUPPORTED_LANGUAGE -> ReasonCode.UNSUPPORTED_LANGUAGE;
                default -> ReasonCode.NO_MODEL;
            };
            return new ModalityTimeline(Contract.SCHEMA_VERSION, event.clinicId(), event.sessionId(), Stage.TRANSCRIPT,
                    Availability.UNAVAILABLE, reason, message, result.modelIds(), List.of(), extras);
        }
        String textModel = result.modelIds().get(result.modelIds().size() - 1);
        List<WindowEstimate> windows = new ArrayList<>();
        for (WindowTextEmotion w : result.windows()) {
            if (!w.hasSpeech() || w.distribution().isEmpty()) {
                windows.add(WindowEstimate.nothing(w.window(), "no words"));
                continue;
            }
            EmotionDistribution d = w.distribution();
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("text", String.join(" ", w.sentences().stream()
                    .map(i -> result.sentences().get(i).text()).toList()));
            evidence.put("sentences", w.sentences());
            windows.add(new WindowEstimate(w.window().index(), w.window().start(), w.window().end(), d.probabilities(),
                    round(d.valence()), round(d.arousal()), round(d.probability(d.top())), textModel, null, evidence));
        }
        return new ModalityTimeline(Contract.SCHEMA_VERSION, event.clinicId(), event.sessionId(), Stage.TRANSCRIPT,
                Availability.AVAILABLE, null, null, result.modelIds(), windows, extras);
    }

    private static Map<String, Object> sentence(AnalysedSentence s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", s.index());
        m.put("start", round(s.start()));
        m.put("end", round(s.end()));
        if (s.speaker() != null) {
            m.put("speaker", s.speaker());
        }
        m.put("text", s.text());
        if (s.emotion() != null) {
            m.put("labels", s.emotion().detected());
            EmotionDistribution d = s.emotion().canonical();
            m.put("top", d.isEmpty() ? null : d.top().label());
            if (!d.isEmpty()) {
                // what fusion needs to put the client's sentences alone onto the windows
                Map<String, Double> p = new LinkedHashMap<>();
                d.probabilities().forEach((e, v) -> p.put(e.name(), round(v)));
                m.put("distribution", p);
                m.put("valence", round(d.valence()));
                m.put("arousal", round(d.arousal()));
                m.put("confidence", round(d.probability(d.top())));
            }
        }
        return m;
    }

    /** Loaded once per process; without models it still answers, with "unavailable" results. */
    private TranscriptEmotionAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = TranscriptEmotionAnalyzer.fromInstalledModels(models, config);
        }
        return analyzer;
    }

    private static double round(double v) {
        return StageRunner.round(v, 4);
    }
}
