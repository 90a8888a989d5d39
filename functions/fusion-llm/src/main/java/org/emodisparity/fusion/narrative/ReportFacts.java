package org.emodisparity.fusion.narrative;

import java.util.List;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.Stage;
import org.emodisparity.model.WindowPlan;

/**
 * What the narrative needs besides the disparity: the session's length and which modalities produced estimates
 * (with fewer than two there is nothing to compare, and the narrative says so instead of reporting agreement).
 */
public record ReportFacts(double durationSeconds, List<Stage> modalitiesWithEstimates) {

    public ReportFacts {
        modalitiesWithEstimates = List.copyOf(modalitiesWithEstimates);
    }

    public static ReportFacts of(WindowPlan plan, List<ModalityTimeline> timelines) {
        List<Stage> with = timelines.stream()
                .filter(t -> t.availability() == ModalityTimeline.Availability.AVAILABLE)
                .filter(t -> t.windows().stream().anyMatch(w -> w.distribution() != null || w.arousal() != null))
                .map(ModalityTimeline::stage).sorted().distinct().toList();
        return new ReportFacts(plan.durationSeconds(), with);
    }
}
