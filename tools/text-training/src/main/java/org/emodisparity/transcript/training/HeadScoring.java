package org.emodisparity.transcript.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.emodisparity.transcript.analysis.EmotionHead;
import org.emodisparity.transcript.analysis.SentenceEncoder;

/**
 * A trained head's scores of named text splits: the encoder's embeddings (from the embedding cache when there)
 * through the head in {@code headDir}, labels and any group outputs, as the evaluation and the dev analysis read them.
 */
final class HeadScoring {
    private HeadScoring() {
    }

    /** @param splits texts by split name (the name also keys the embedding cache) */
    static Map<String, EmotionHead.Scores> score(Path headDir, InstalledModel encoderModel,
                                                 Map<String, List<String>> splits) throws Exception {
        Map<String, EmotionHead.Scores> out = new LinkedHashMap<>();
        try (EmotionHead head = new EmotionHead(headDir.resolve("head.onnx"), OrtSessionSettings.defaults());
             SentenceEncoder encoder = SentenceEncoder.of(encoderModel, head.pooling(), OrtSessionSettings.defaults())) {
            EmbeddingCache cache = new EmbeddingCache(ProjectPaths.embeddingCache(),
                    List.of(encoderModel.file("model.onnx"), encoderModel.file("tokenizer.json")));
            for (Map.Entry<String, List<String>> split : splits.entrySet()) {
                TrainGoEmotionsHead.Split s = TrainGoEmotionsHead.Split.of(cache, split.getKey(), split.getValue(),
                        encoder);
                out.put(split.getKey(), head.scoresAndGroups(s.x(), s.ids()));
            }
        }
        return out;
    }
}
