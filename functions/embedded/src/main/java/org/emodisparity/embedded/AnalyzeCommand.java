package org.emodisparity.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.UploadKind;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.StageStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze <video> [--out DIR]}: the whole pipeline in this process, then the report files in DIR. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse one video with all five functions in this process and write report.json and report.html.")
public class AnalyzeCommand implements Callable<Integer> {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AnalyzeCommand.class);

    @Parameters(index = "0", paramLabel = "VIDEO", description = "The session recording (any container FFmpeg reads).")
    Path video;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the report files (default: ./emodisparity-report).")
    Path out = Path.of("emodisparity-report");

    @Option(names = "--transcript", paramLabel = "FILE",
            description = "The session's transcript (WebVTT or SRT, as telehealth platforms export it), used instead of speech recognition.")
    Path transcript;

    @Option(names = "--participant-audio", paramLabel = "NAME=FILE",
            description = "One participant's own audio (Zoom records one file per participant), aligned with the recording; repeat for each participant. NAME is how the transcript or --client-speaker names them.")
    Map<String, Path> participantAudio = new LinkedHashMap<>();

    @Option(names = "--client-speaker", paramLabel = "NAME",
            description = "Which speaker is the client, by the name the transcript or --participant-audio gives them.")
    String clientSpeaker;

    @Option(names = "--speakers", paramLabel = "N",
            description = "How many people speak (1-" + SessionOptions.MAX_SPEAKERS + "); without it the number is found from the audio (at most 2).")
    Integer speakers;

    @Option(names = "--clinician-voice", paramLabel = "FILE",
            description = "A recording of the clinician's voice alone (any audio FFmpeg reads): the other speaker is taken as the client.")
    Path clinicianVoice;

    @Option(names = "--speaker-timeline", paramLabel = "FILE",
            description = "Zoom's active-speaker timeline (JSON) of the recording.")
    Path speakerTimeline;

    @Option(names = "--client-ref", paramLabel = "REF",
            description = "The clinic's pseudonymous reference of the client (never a name): links the client's sessions for `trend`.")
    String clientRef;

    @Option(names = "--session-date", paramLabel = "YYYY-MM-DD",
            description = "The day the session took place (orders the client's sessions; default: the day it is analysed).")
    java.time.LocalDate sessionDate;

    @Option(names = "--bucket", paramLabel = "DIR", description = "The local bucket folder (default: ~/.emodisparity/bucket).")
    Path bucket;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Give up after this long (ISO-8601, default PT6H).")
    Duration timeout = Duration.ofHours(6);

    @Option(names = {"-v", "--verbose"}, description = "Show the functions' log instead of only warnings.")
    boolean verbose;

    private final EmbeddedPipeline pipeline;

    public AnalyzeCommand(EmbeddedPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Every check of the command line that needs no analysis: the files exist and are regular files (no folders,
     * no symbolic links), the transcript is WebVTT or SRT, {@code --out} and {@code --bucket} are folders, the
     * options' values are valid. Made by {@link Main} before the application starts, and again here.
     */
    Optional<InputPaths.UsageError> validate() {
        List<Optional<InputPaths.UsageError>> checks = new ArrayList<>();
        checks.add(InputPaths.inputFile("VIDEO", video));
        if (transcript != null) {
            checks.add(InputPaths.transcript(transcript));
        }
        participantAudio.forEach((name, file) -> checks.add(InputPaths.inputFile("--participant-audio " + name, file)));
        if (clinicianVoice != null) {
            checks.add(InputPaths.inputFile("--clinician-voice", clinicianVoice));
        }
        if (speakerTimeline != null) {
            checks.add(InputPaths.inputFile("--speaker-timeline", speakerTimeline));
        }
        checks.add(InputPaths.outputFolder("--out", out));
        if (bucket != null) {
            checks.add(InputPaths.outputFolder("--bucket", bucket));
        }
        try {
            new SessionOptions(clientSpeaker, speakers, clientRef, sessionDate);
        } catch (IllegalArgumentException e) {
            checks.add(InputPaths.error(InputPaths.UsageError.BAD_VALUE, e.getMessage()));
        }
        for (String name : participantAudio.keySet()) {
            if (!UploadKind.of("participant-" + name + ".wav").equals(UploadKind.PARTICIPANT_AUDIO)
                    || !ObjectKeys.isSafeFileName("participant-" + name + ".wav")) {
                checks.add(InputPaths.error(InputPaths.UsageError.BAD_VALUE,
                        "--participant-audio: not a usable participant name: " + name));
            }
        }
        if (timeout.isNegative() || timeout.isZero()) {
            checks.add(InputPaths.error(InputPaths.UsageError.BAD_VALUE, "--timeout must be positive: " + timeout));
        }
        return checks.stream().flatMap(Optional::stream).findFirst();
    }

    @Override
    public Integer call() throws Exception {
        Optional<InputPaths.UsageError> usage = validate();
        if (usage.isPresent()) {
            System.err.println(usage.get().line("analyze"));
            return usage.get().exitCode();
        }
        try {
            return analyse();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("analyze: interrupted; run the same command again to resume");
            return 130;
        } catch (Exception e) {
            if (org.emodisparity.model.Shutdown.underway()) {
                // Ctrl-C: the application stops under this loop; the stages put their status back to PENDING
                System.err.println("analyze: interrupted; run the same command again to resume");
                return 130;
            }
            // one line for the user; the trace is in the log at debug level
            LOG.debugf(e, "analyze failed");
            System.err.println("analyze: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    private int analyse() throws Exception {
        SessionOptions options = new SessionOptions(clientSpeaker, speakers, clientRef, sessionDate);
        SessionRef session = pipeline.upload(new EmbeddedPipeline.SessionFiles(video, transcript, participantAudio,
                clinicianVoice, speakerTimeline, options));
        System.err.println("Analysing " + video.getFileName() + " as session " + session);
        ProgressBars bars = new ProgressBars(System.err, System.console() != null);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<Stage, StageStatus> statuses = pipeline.status(session);
            bars.draw(statuses);
            StageStatus segmenter = statuses.get(Stage.SEGMENTER);
            StageStatus fusion = statuses.get(Stage.FUSION);
            if (segmenter != null && segmenter.state() == StageState.FAILED) {
                return fail(segmenter);
            }
            if (fusion != null && fusion.state() == StageState.FAILED) {
                return fail(fusion);
            }
            // a stage resumed after an interruption (PENDING, or RUNNING again) makes an older report not current
            boolean modalitiesDone = Stage.MODALITIES.stream()
                    .allMatch(st -> statuses.get(st) != null && statuses.get(st).state().isTerminal());
            if (fusion != null && fusion.state() == StageState.SUCCEEDED && modalitiesDone
                    && pipeline.store().exists(ObjectKeys.reportHtml(session))) {
                break;
            }
            if (System.nanoTime() > deadline) {
                System.err.println("analyze: timed out after " + timeout + "; the session status is in the bucket under "
                        + ObjectKeys.sessionPrefix(ObjectKeys.STATUS, session));
                return 3;
            }
            Thread.sleep(200);
        }
        Files.createDirectories(out);
        Path json = out.resolve("report.json");
        Path html = out.resolve("report.html");
        copy(ObjectKeys.reportJson(session), json);
        copy(ObjectKeys.reportHtml(session), html);
        System.out.println(html.toAbsolutePath());
        System.err.println("Report: " + html.toAbsolutePath() + " (data: " + json.toAbsolutePath() + ")");
        return 0;
    }

    private void copy(String key, Path target) throws IOException {
        try (var in = pipeline.store().open(key)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int fail(StageStatus status) {
        ReasonCode reason = status.reason() == null ? ReasonCode.INTERNAL_ERROR : status.reason();
        System.err.println("analyze: " + status.stage().id() + " failed: " + reason + ": "
                + (status.message() == null ? reason.meaning() : status.message()));
        return 1;
    }
}
