package org.emodisparity.fusion;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.Stage;
import org.emodisparity.models.ModelCatalog;
import org.emodisparity.models.ModelEntry;

/** What the report says about each model behind its numbers: from the catalog, so it is the same everywhere. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelCard(Stage stage, String modelId, String task, String licence, String source, String citation,
                        Map<String, Object> accuracy) {

    static List<ModelCard> of(List<ModalityTimeline> timelines, ModelCatalog catalog) {
        return timelines.stream().flatMap(t -> t.modelIds().stream().map(id -> card(t.stage(), id, catalog))).toList();
    }

    private static ModelCard card(Stage stage, String id, ModelCatalog catalog) {
        return catalog.find(id).map(e -> fromEntry(stage, e))
                .orElse(new ModelCard(stage, id, null, null, "not in this build's catalog", null, Map.of()));
    }

    private static ModelCard fromEntry(Stage stage, ModelEntry e) {
        String source = e.source().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (e.source().artifact() == null ? "" : " " + e.source().artifact());
        return new ModelCard(stage, e.id(), e.task().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                e.licence(), source, e.citation(), e.accuracy());
    }
}
