package org.emodisparity.fusion;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emodisparity.model.ContentHash;
import org.emodisparity.model.Contract;
import org.emodisparity.model.MediaInfo;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.ReportReady;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.Shutdown;
import org.emodisparity.model.course.SessionSummary;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionUploads;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageRunner;
import org.emodisparity.model.StageStatus;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.ObjectStore;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.fusion.narrative.Narrative;
import org.emodisparity.fusion.narrative.NarrativeSettings;
import org.emodisparity.fusion.narrative.NarrativeWriter;
import org.emodisparity.fusion.narrative.ReportFacts;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Fan-in: each PartDone triggers a check; when the parts of all three modality stages exist (results, or
 * unavailable/skipped/failed timelines), the report is written once per input version. A repeated or
 * out-of-order trigger finds the report of the same inputs and only re-announces it.
 */
@ApplicationScoped
public class FusionStage {
    private static final Logger LOG = Logger.getLogger(FusionStage.class);

    private final ObjectStore store;
    private final StageRunner runner;
    private final ReportRenderer renderer;
    private final ModelCatalog catalog;
    private final DisparityAnalysis disparity;

    private final NarrativeWriter narrator;

    /**
     * The configured narrative model ({@code emodisparity.fusion.narrative-model}) from the installed models when
     * it is there (llama.cpp), else deterministic templates; model cards from the same repository's catalog.
     */
    @Inject
    public FusionStage(ObjectStore store, ReportRenderer renderer, ModelRepository models, FusionConfig config) {
        this(store, renderer, NarrativeWriter.choose(config.narrative(), models), models.catalog(),
                new DisparityAnalysis(config.disparity().settings()));
    }

    /** With the default narrative model, looked up in the default models directory. */
    public FusionStage(ObjectStore store, ReportRenderer renderer) {
        this(store, renderer, NarrativeWriter.choose(NarrativeSettings.DEFAULT), ModelCatalog.load());
    }

    FusionStage(ObjectStore store, ReportRenderer renderer, NarrativeWriter narrator) {
        this(store, renderer, narrator, ModelCatalog.load());
    }

    FusionStage(ObjectStore store, ReportRenderer renderer, NarrativeWriter narrator, ModelCatalog catalog) {
        this(store, renderer, narrator, catalog, new DisparityAnalysis(DisparityAnalysis.Settings.DEFAULT));
    }

    FusionStage(ObjectStore store, ReportRenderer renderer, NarrativeWriter narrator, ModelCatalog catalog,
                DisparityAnalysis disparity) {
        this.store = store;
        this.disparity = disparity;
        this.runner = new StageRunner(store, Stage.FUSION, StageRunner.Runs.PER_INPUT);
        this.renderer = renderer;
        this.narrator = narrator;
        this.catalog = catalog;
    }

    /** @return the report announcement, or empty while parts are still missing. */
    public Optional<ReportReady> onPartDone(PartDone event) {
        // no report while the process shuts down: the stages of an interrupted session are put back to PENDING, and a
        // report now would not be the one of the finished session (the next start builds it)
        Fused fused = runner.run(event.session(), new Fusion(event.session()));
        // a stage wrote a new part while the report was built: build again from the current parts
        return fused.partsChanged() ? onPartDone(event) : Optional.ofNullable(fused.ready());
    }

    /** What one run of fusion gives: the announcement (null while waiting), or "a part changed, again". */
    private record Fused(ReportReady ready, boolean partsChanged) {
        static final Fused WAITING = new Fused(null, false);
    }

    /** One fan-in check and, when all parts are there and the report of these inputs is not, the report. */
    private final class Fusion implements StageRunner.Job<Fused> {
        private final SessionRef session;
        private final List<byte[]> partBytes = new ArrayList<>();
        private byte[] mediaJson;
        private SessionOptions options;
        private String inputVersion;

        Fusion(SessionRef session) {
            this.session = session;
        }

        /** Waiting for a part, or the report of the same inputs exists: nothing to run. */
        @Override
        public Optional<Fused> without() {
            try {
                for (Stage stage : Stage.MODALITIES) {
                    Optional<byte[]> part = store.get(ObjectKeys.part(session, stage));
                    if (part.isEmpty()) {
                        LOG.debugf("session %s: waiting for %s", session, stage.id());
                        return Optional.of(Fused.WAITING);
                    }
                    // a part left by an earlier attempt while the stage runs again is not the current one
                    Optional<StageStatus> status = runner.statuses().read(session, stage);
                    if (status.isPresent() && !status.get().state().isTerminal()) {
                        LOG.debugf("session %s: %s is %s, waiting for its new part", session, stage.id(),
                                status.get().state());
                        return Optional.of(Fused.WAITING);
                    }
                    partBytes.add(part.get());
                }
                mediaJson = store.get(ObjectKeys.mediaInfo(session)).orElseThrow(
                        () -> new IllegalStateException("media.json missing for " + session));
                options = options(session);
                inputVersion = inputVersion(mediaJson, Contract.toJson(options), partBytes, disparity.method());
                Optional<byte[]> existing = store.get(ObjectKeys.reportJson(session));
                if (existing.isPresent() && inputVersion.equals(
                        Contract.json().readTree(existing.get()).path("inputVersion").asText())) {
                    return Optional.of(new Fused(ready(), false)); // same inputs: the report already exists
                }
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Fused replay() {
            throw new IllegalStateException("fusion runs once per input version, it never replays");
        }

        @Override
        public StageRunner.Outcome<Fused> attempt(SessionStatusStore.Tracker tracker) throws IOException {
            Report report = buildReport(session, inputVersion, mediaJson, options, partBytes);
            byte[] reportJson = Contract.toJson(report);
            if (Shutdown.underway()) {
                // shutdown began while the report was built: fusion goes back to PENDING and writes nothing
                throw new Shutdown.StageInterruptedException("fusion of " + session + " interrupted: no report "
                        + "written while the process shuts down");
            }
            // report.json last: whoever sees it finds the HTML and the summary of the same version beside it
            store.put(ObjectKeys.reportSummary(session), Contract.toJson(SessionSummary.of(reportJson)));
            store.put(ObjectKeys.reportHtml(session), renderer.render(report).getBytes(StandardCharsets.UTF_8));
            store.put(ObjectKeys.reportJson(session), reportJson);
            if (!partsUnchanged(session, partBytes)) {
                LOG.infof("session %s: a part changed during fusion, building the report again", session);
                return StageRunner.Outcome.unfinished(new Fused(null, true));
            }
            LOG.infof("session %s: report written (%s)", session, inputVersion.substring(0, 12));
            return StageRunner.Outcome.succeeded(new Fused(ready(), false));
        }

        private ReportReady ready() {
            return new ReportReady(Contract.SCHEMA_VERSION, session.clinicId(), session.sessionId(),
                    ObjectKeys.reportJson(session), ObjectKeys.reportHtml(session));
        }
    }

    private boolean partsUnchanged(SessionRef session, List<byte[]> used) throws IOException {
        int i = 0;
        for (Stage stage : Stage.MODALITIES) {
            Optional<byte[]> now = store.get(ObjectKeys.part(session, stage));
            if (now.isEmpty() || !java.util.Arrays.equals(now.get(), used.get(i++))) {
                return false;
            }
        }
        return true;
    }

    private Report buildReport(SessionRef session, String inputVersion, byte[] mediaJson, SessionOptions options,
                               List<byte[]> partBytes) throws IOException {
        MediaInfo media = Contract.fromJson(mediaJson, MediaInfo.class);
        WindowPlan plan = runner.plan(session);
        List<ModalityTimeline> parts = partBytes.stream()
                .map(b -> Contract.fromJson(b, ModalityTimeline.class)).toList();
        // voice and words of the client alone
        SpeakerAttribution.Attributed attributed = SpeakerAttribution.attribute(plan, parts, options);
        List<ModalityTimeline> timelines = attributed.timelines();
        // Deterministic for the same inputs: the time the last modality finished, not "now".
        Instant analysedAt = Stage.MODALITIES.stream()
                .map(s -> runner.statuses().read(session, s).map(StageStatus::updatedAt).orElse(Instant.EPOCH))
                .max(Instant::compareTo).orElse(Instant.EPOCH);
        Disparity found = disparity.analyse(plan, timelines);
        Narrative narrative = narrator.narrate(found, ReportFacts.of(plan, timelines));
        return new Report(Contract.SCHEMA_VERSION, session.clinicId(), session.sessionId(), options.clientRef(),
                options.sessionDate(), inputVersion,
                analysedAt, Report.MediaSummary.of(media), attributed.speakers(), plan,
                timelines.stream().map(Report.ModalitySummary::of).toList(), timelines, found, narrative,
                ModelCard.of(timelines, catalog), Report.DISCLAIMER);
    }

    /** The session's options; options that are not valid are reported by the speech stage, and not used here. */
    private SessionOptions options(SessionRef session) {
        try {
            return SessionUploads.of(store, session).options();
        } catch (IOException e) {
            return SessionOptions.NONE;
        }
    }

    /** What the report is made from: the media, the session's options, the parts and the fusion settings. */
    private static String inputVersion(byte[] mediaJson, byte[] options, List<byte[]> parts, String method) {
        List<byte[]> all = new ArrayList<>();
        all.add(mediaJson);
        all.add(options);
        all.addAll(parts);
        all.add(method.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return ContentHash.sha256(all.toArray(byte[][]::new));
    }
}
