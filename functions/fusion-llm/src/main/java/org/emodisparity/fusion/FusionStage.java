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
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.Shutdown;
import org.emodisparity.model.course.SessionSummary;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionUploads;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.ops.StageMetrics;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.StageStatus;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.ObjectStore;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.fusion.narrative.Narrative;
import org.emodisparity.fusion.narrative.NarrativeConfig;
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
    private final SessionStatusStore statuses;
    private final ReportRenderer renderer;
    private final ModelCatalog catalog = ModelCatalog.load();
    private final DisparityAnalysis disparity = new DisparityAnalysis(DisparityAnalysis.Settings.DEFAULT);

    private final NarrativeWriter narrator;

    @Inject
    public FusionStage(ObjectStore store, ReportRenderer renderer) {
        // the catalog's GGUF model when installed (llama.cpp), else deterministic templates
        this(store, renderer, NarrativeWriter.choose(NarrativeConfig.DEFAULT));
    }

    FusionStage(ObjectStore store, ReportRenderer renderer, NarrativeWriter narrator) {
        this.store = store;
        this.statuses = new SessionStatusStore(store);
        this.renderer = renderer;
        this.narrator = narrator;
    }

    /** @return the report announcement, or empty while parts are still missing. */
    public Optional<ReportReady> onPartDone(PartDone event) {
        // no report while the process shuts down: the stages of an interrupted session are put back to PENDING, and a
        // report now would not be the one of the finished session (the next start builds it)
        try (Shutdown.Work work = Shutdown.running("fusion of " + event.session())) {
            return fuse(event);
        }
    }

    private Optional<ReportReady> fuse(PartDone event) {
        SessionRef session = event.session();
        try {
            List<byte[]> partBytes = new ArrayList<>();
            for (Stage stage : Stage.MODALITIES) {
                Optional<byte[]> part = store.get(ObjectKeys.part(session, stage));
                if (part.isEmpty()) {
                    LOG.debugf("session %s: waiting for %s", session, stage.id());
                    return Optional.empty();
                }
                // a part left by an earlier attempt while the stage runs again is not the current one
                Optional<StageStatus> status = statuses.read(session, stage);
                if (status.isPresent() && !status.get().state().isTerminal()) {
                    LOG.debugf("session %s: %s is %s, waiting for its new part", session, stage.id(),
                            status.get().state());
                    return Optional.empty();
                }
                partBytes.add(part.get());
            }
            byte[] mediaJson = store.get(ObjectKeys.mediaInfo(session)).orElseThrow(
                    () -> new IllegalStateException("media.json missing for " + session));
            SessionOptions options = options(session);
            String inputVersion = inputVersion(mediaJson, Contract.toJson(options), partBytes);
            ReportReady ready = new ReportReady(Contract.SCHEMA_VERSION, session.clinicId(), session.sessionId(),
                    ObjectKeys.reportJson(session), ObjectKeys.reportHtml(session));
            Optional<byte[]> existing = store.get(ObjectKeys.reportJson(session));
            if (existing.isPresent() && inputVersion.equals(
                    Contract.json().readTree(existing.get()).path("inputVersion").asText())) {
                return Optional.of(ready); // same inputs: the report already exists
            }
            StageStatus running = StageStatus.pending(session, Stage.FUSION).moveTo(StageState.RUNNING, 0, null, null);
            store.put(ObjectKeys.status(session, Stage.FUSION), Contract.toJson(running));
            long startedNanos = System.nanoTime();
            try {
                Report report = buildReport(session, inputVersion, mediaJson, options, partBytes);
                byte[] reportJson = Contract.toJson(report);
                stopIfShuttingDown(session, running);
                // report.json last: whoever sees it finds the HTML and the summary of the same version beside it
                store.put(ObjectKeys.reportSummary(session), Contract.toJson(SessionSummary.of(reportJson)));
                store.put(ObjectKeys.reportHtml(session), renderer.render(report).getBytes(StandardCharsets.UTF_8));
                store.put(ObjectKeys.reportJson(session), reportJson);
                if (!partsUnchanged(session, partBytes)) {
                    // a stage wrote a new part while the report was built: build again from the current parts
                    LOG.infof("session %s: a part changed during fusion, building the report again", session);
                    return fuse(event);
                }
                store.put(ObjectKeys.status(session, Stage.FUSION),
                        Contract.toJson(running.moveTo(StageState.SUCCEEDED, 1, null, null)));
                StageMetrics.finished(Stage.FUSION, StageState.SUCCEEDED, null,
                        java.time.Duration.ofNanos(System.nanoTime() - startedNanos));
                LOG.infof("session %s: report written (%s)", session, inputVersion.substring(0, 12));
                return Optional.of(ready);
            } catch (Shutdown.StageInterruptedException e) {
                throw e;
            } catch (RuntimeException e) {
                if (Shutdown.underway()) {
                    putBack(session, running);
                    throw new Shutdown.StageInterruptedException("fusion of " + session + " interrupted");
                }
                LOG.errorf(e, "session %s: fusion failed", session);
                store.put(ObjectKeys.status(session, Stage.FUSION), Contract.toJson(running.moveTo(
                        StageState.FAILED, 0, ReasonCode.INTERNAL_ERROR, e.getClass().getSimpleName())));
                StageMetrics.finished(Stage.FUSION, StageState.FAILED, ReasonCode.INTERNAL_ERROR,
                        java.time.Duration.ofNanos(System.nanoTime() - startedNanos));
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shutdown began while the report was built: fusion goes back to PENDING and writes nothing. */
    private void stopIfShuttingDown(SessionRef session, StageStatus running) throws IOException {
        if (Shutdown.underway()) {
            putBack(session, running);
            throw new Shutdown.StageInterruptedException("fusion of " + session + " interrupted: no report written "
                    + "while the process shuts down");
        }
    }

    private void putBack(SessionRef session, StageStatus running) {
        try {
            store.put(ObjectKeys.status(session, Stage.FUSION), Contract.toJson(running.moveTo(StageState.PENDING, 0,
                    ReasonCode.INTERRUPTED, "interrupted by shutdown; runs again on the next start")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        WindowPlan plan = Contract.fromJson(store.get(ObjectKeys.plan(session)).orElseThrow(
                () -> new IllegalStateException("plan.json missing for " + session)), WindowPlan.class);
        List<ModalityTimeline> parts = partBytes.stream()
                .map(b -> Contract.fromJson(b, ModalityTimeline.class)).toList();
        // voice and words of the client alone
        SpeakerAttribution.Attributed attributed = SpeakerAttribution.attribute(plan, parts, options);
        List<ModalityTimeline> timelines = attributed.timelines();
        // Deterministic for the same inputs: the time the last modality finished, not "now".
        Instant analysedAt = Stage.MODALITIES.stream()
                .map(s -> statuses.read(session, s).map(StageStatus::updatedAt).orElse(Instant.EPOCH))
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

    private static String inputVersion(byte[] mediaJson, byte[] options, List<byte[]> parts) {
        List<byte[]> all = new ArrayList<>();
        all.add(mediaJson);
        all.add(options);
        all.addAll(parts);
        return ContentHash.sha256(all.toArray(byte[][]::new));
    }
}
