package org.emodisparity.fusion;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.emodisparity.model.MediaInfo;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.Stage;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.speakers.SessionSpeakers;
import org.emodisparity.fusion.narrative.Narrative;

/**
 * {@code report.json}: everything the HTML report shows, as numbers a program can check. Every estimate in a
 * timeline carries the catalog id of the model that produced it. {@code inputVersion} is a hash of the parts
 * the report was computed from: the same inputs always give the same report. {@code speakers} says who spoke
 * when, which speaker is the client and how that was found (null when nothing tells speakers apart); the voice and
 * words timelines hold the client's estimates only. {@code clientRef} and {@code sessionDate} (the clinic's
 * pseudonymous client reference and the session's day, both optional) place the session in the client's course.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(int schemaVersion, String clinicId, String sessionId, String clientRef,
                     java.time.LocalDate sessionDate, String inputVersion, Instant analysedAt,
                     MediaSummary media, SessionSpeakers speakers, WindowPlan plan, List<ModalitySummary> modalities,
                     List<ModalityTimeline> timelines, Disparity disparity, Narrative narrative,
                     List<ModelCard> models, String disclaimer) {

    public static final String DISCLAIMER = "These are model estimates of expressed emotion, not a clinical "
            + "assessment. They can be wrong, especially across cultures, ages and recording conditions; "
            + "interpret them only together with the clinician's own observation.";

    /** Media facts without the uploaded file's name. */
    public record MediaSummary(String container, double durationSeconds, MediaInfo.VideoStream video,
                               MediaInfo.AudioStream audio, String sha256) {
        static MediaSummary of(MediaInfo info) {
            return new MediaSummary(info.container(), info.durationSeconds(), info.video(), info.audio(),
                    info.sha256());
        }
    }

    /** Whether a modality contributed, and if not, why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ModalitySummary(Stage stage, ModalityTimeline.Availability availability, ReasonCode reason,
                                  String message, List<String> modelIds, int windowsWithEstimates) {
        static ModalitySummary of(ModalityTimeline t) {
            int withEstimates = (int) t.windows().stream().filter(w -> w.distribution() != null).count();
            return new ModalitySummary(t.stage(), t.availability(), t.reason(), explained(t), t.modelIds(),
                    withEstimates);
        }

        /**
         * An analysed modality that found nothing anywhere says so, with how much media it looked at ("no face in
         * any of 480 time units (10:00 of video)"), instead of a bare "0 time units"; a voice that has only
         * prosodic arousal says that it is there.
         */
        static String explained(ModalityTimeline t) {
            if (t.message() != null || t.availability() != ModalityTimeline.Availability.AVAILABLE
                    || t.windows().isEmpty() || t.windows().stream().anyMatch(w -> w.distribution() != null)) {
                return t.message();
            }
            long arousal = t.windows().stream().filter(w -> w.arousal() != null).count();
            if (arousal > 0) {
                return "vocal arousal only (no emotion-label model): " + arousal + " of " + t.windows().size()
                        + " time units";
            }
            String note = t.windows().stream().map(ModalityTimeline.WindowEstimate::note)
                    .filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.groupingBy(n -> n, java.util.stream.Collectors.counting()))
                    .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                    .orElse("nothing to measure");
            double seconds = t.windows().get(t.windows().size() - 1).end();
            String media = t.stage() == Stage.FACE ? "video" : "audio";
            return note + " in any of " + t.windows().size() + " time units (" + clock(seconds) + " of " + media + ")";
        }

        private static String clock(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format("%d:%02d", s / 60, s % 60);
        }
    }
}
