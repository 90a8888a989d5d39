package org.emodisparity.face;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.face.analysis.FaceModels;
import org.emodisparity.face.analysis.DecodeSettings;
import org.emodisparity.face.analysis.FaceAnalysisSettings;
import org.emodisparity.face.analysis.FaceTrack;
import org.emodisparity.face.analysis.MouthMotion;
import org.emodisparity.face.analysis.TrackedFace;
import org.emodisparity.face.analysis.VideoFaceAnalyzer;
import org.emodisparity.face.analysis.VideoFaceResult;
import org.emodisparity.face.analysis.WindowFaceEstimate;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ModalityStageRunner;
import org.emodisparity.model.StageRunner;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.ops.StageMetrics;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.ObjectStore;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.jboss.logging.Logger;

/**
 * The face stage: samples frames of the upload, finds faces, follows them as tracks, picks the client's track and
 * averages its facial-emotion probabilities per time unit. A window without a usable face says "no face".
 */
@ApplicationScoped
public class FaceStage {
    private static final Logger LOG = Logger.getLogger(FaceStage.class);

    private final ObjectStore store;
    private final ModalityStageRunner runner;
    private final ModelRepository models;
    private final FaceAnalysisSettings settings;
    private VideoFaceAnalyzer analyzer;
    private String unavailableReason;

    @Inject
    public FaceStage(ObjectStore store, ModelRepository models, FaceConfig config) {
        this(store, models, FaceModels.configured(FaceAnalysisSettings.defaults(), models.catalog(),
                        config.detectorModel(), config.emotionModel())
                .withSamplingFps(config.samplingFps())
                .withInferenceThreads(config.inferenceThreads())
                .withDecode(new DecodeSettings(config.decoderThreads(), config.frameMaxSide(), config.deblocking()))
                .withOrt(OrtSessionSettings.defaults()
                        .withCuda(config.useCuda(), 0).withIntraOpThreads(config.intraOpThreads())));
    }

    FaceStage(ObjectStore store, ModelRepository models, FaceAnalysisSettings settings) {
        this.store = store;
        this.runner = new ModalityStageRunner(store, Stage.FACE);
        this.models = models;
        this.settings = settings;
    }

    public PartDone analyse(SessionSegmented event) {
        return runner.runUnlessSkipped(event, this::timeline);
    }

    private ModalityTimeline timeline(SessionSegmented event, SessionStatusStore.Tracker tracker) throws IOException {
        WindowPlan plan = runner.plan(event);
        VideoFaceResult result;
        // one analysis at a time per loaded model set (the analyzer keeps per-run state)
        synchronized (this) {
            Optional<VideoFaceAnalyzer> loaded = analyzer();
            if (loaded.isEmpty()) {
                return ModalityTimeline.without(event.session(), Stage.FACE, Availability.UNAVAILABLE,
                        ReasonCode.NO_MODEL, "modality unavailable: " + unavailableReason);
            }
            tracker.progress(0.05);
            try (ObjectStore.LocalFile video = store.localFile(event.uploadKey())) {
                result = loaded.get().analyze(video.path(), plan.windows(),
                        done -> tracker.progress(0.05 + 0.9 * done));
            }
        }
        tracker.progress(0.95);
        if (result.stats() != null) {
            StageMetrics.frames(Stage.FACE, result.stats().sampledFrames());
        }
        FaceTrack client = result.clientTrack().orElse(null);
        List<WindowEstimate> windows = new ArrayList<>();
        String classifier = result.modelIds().get(result.modelIds().size() - 1);
        for (WindowFaceEstimate w : result.windows()) {
            windows.add(estimate(w, client, classifier));
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("tracks", result.trackSummaries());
        extras.put("clientTrackId", result.clientTrackId());
        extras.put("clientRule", settings.tracking().clientRule().name());
        extras.put("samplingFps", settings.samplingFps());
        extras.put("executionProvider", result.executionProvider());
        if (result.stats() != null) {
            extras.put("frameSize", Map.of("source", result.stats().sourceSize(), "analysed",
                    result.stats().frameSize()));
            extras.put("decoding", Map.of("threads", result.stats().decoderThreads(),
                    "deblocking", settings.decode().deblocking()));
            extras.put("inferenceThreads", result.stats().inferenceThreads());
        }
        if (result.clientMouthMotion() != null && result.clientMouthMotion().times().length > 0) {
            // which voice is the client's, when nothing else tells: fusion compares it with each speaker's turns
            MouthMotion.Series m = result.clientMouthMotion();
            extras.put("mouthMotion", Map.of("trackId", m.trackId(),
                    "times", java.util.Arrays.stream(m.times()).map(t -> Math.round(t * 1000) / 1000.0).toArray(),
                    "values", java.util.Arrays.stream(m.values()).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
        }
        return new ModalityTimeline(Contract.SCHEMA_VERSION, event.clinicId(), event.sessionId(), Stage.FACE,
                Availability.AVAILABLE, null, null, result.modelIds(), windows, extras);
    }

    private static WindowEstimate estimate(WindowFaceEstimate w, FaceTrack client, String classifier) {
        TimeWindow tw = w.window();
        if (!w.hasFace()) {
            return WindowEstimate.nothing(tw, "no face");
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("framesUsed", w.framesUsed());
        evidence.put("framesSampled", w.framesSampled());
        if (client != null) {
            evidence.put("trackId", client.id());
            // the frame times a clinician can jump to, to see the face behind the numbers
            evidence.put("frameSeconds", client.faces().stream().map(TrackedFace::seconds)
                    .filter(tw::contains).map(t -> Math.round(t * 100) / 100.0).toList());
        }
        return new WindowEstimate(tw.index(), tw.start(), tw.end(), w.emotions().probabilities(),
                round(w.emotions().valence()), round(w.emotions().arousal()), round(w.meanDetectionConfidence()),
                classifier, null, evidence);
    }

    private Optional<VideoFaceAnalyzer> analyzer() {
        if (analyzer == null && unavailableReason == null) {
            try {
                analyzer = VideoFaceAnalyzer.open(models, settings);
            } catch (IllegalStateException notInstalled) {
                unavailableReason = "face models not installed (" + notInstalled.getMessage() + ")";
                LOG.warn(unavailableReason);
            }
        }
        return Optional.ofNullable(analyzer);
    }

    private static double round(double v) {
        return StageRunner.round(v, 4);
    }
}
