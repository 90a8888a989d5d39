package org.emodisparity.face.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Emotion;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.RequiredModels;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BlazeFace + FER mini-Xception on the real photos of {@code ../shared/media/faces} (see its README): the London set's
 * neutral/smiling pairs and the Pexels singles and group photo. Asserts on the default detector (back-256); prints the
 * figures of both detectors for the model catalog.
 */
class FacePhotoAccuracyTest {
    private static final List<String> LONDON = List.of("001", "002", "005", "010", "020", "030");
    /** Pexels single-person photos and the expected top label. */
    private static final List<Object[]> PEXELS = List.of(
            new Object[] {"angry.jpg", Emotion.ANGER},
            new Object[] {"sad-baby.jpeg", Emotion.SADNESS},
            new Object[] {"happy-baby.jpeg", Emotion.HAPPINESS},
            new Object[] {"surprised.jpeg", Emotion.SURPRISE},
            new Object[] {"neutral.jpeg", Emotion.NEUTRAL});

    @BeforeAll
    static void models() {
        RequiredModels.assumeOrFail(BlazeFaceVariant.BACK_256.modelId());
        RequiredModels.assumeOrFail(BlazeFaceVariant.FRONT_128.modelId());
        RequiredModels.assumeOrFail(FerEmotionClassifier.MODEL_ID);
    }

    private static BlazeFaceFerAnalyzer open(BlazeFaceVariant variant) {
        return FaceModels.openBlazeFaceFer(ModelRepository.atDefaultLocation(),
                BlazeFaceSettings.defaults().withVariant(variant), FerSettings.defaults(),
                OrtSessionSettings.defaults());
    }

    static RgbImage photo(String relative) throws IOException {
        return RgbImage.of(ImageIO.read(SharedMedia.file("media/faces/" + relative).toFile()));
    }

    /** The photo's subject: its largest face. */
    private static FaceEstimate subject(FrameFaceAnalyzer analyzer, String relative) throws IOException {
        return analyzer.analyze(photo(relative)).stream().max(Comparator.comparingDouble(f -> f.box().area()))
                .orElseThrow(() -> new AssertionError("no face found in " + relative));
    }

    private static List<Emotion> ranked(FaceEstimate f) {
        return f.emotions().probabilities().entrySet().stream()
                .sorted(java.util.Map.Entry.<Emotion, Double>comparingByValue().reversed())
                .map(java.util.Map.Entry::getKey).toList();
    }

    /** Figures of one detector variant. */
    record Figures(int londonPairs, List<String> londonMisses, int pexelsTop1, int pexelsTop2, List<String> pexelsMisses,
                   int groupFaces) {
    }

    static Figures evaluate(BlazeFaceVariant variant) throws IOException {
        try (BlazeFaceFerAnalyzer analyzer = open(variant)) {
            int pairs = 0;
            List<String> londonMisses = new ArrayList<>();
            for (String id : LONDON) {
                FaceEstimate neutral = subject(analyzer, "london/" + id + "_03_neutral.jpg");
                FaceEstimate smiling = subject(analyzer, "london/" + id + "_08_smiling.jpg");
                boolean ok = happierThanNeutral(smiling) && !happierThanNeutral(neutral);
                if (ok) {
                    pairs++;
                } else {
                    londonMisses.add(id);
                }
                System.out.printf(Locale.ROOT, "%s %s neutral photo: P(happy)=%.3f P(neutral)=%.3f | smiling photo: "
                                + "P(happy)=%.3f P(neutral)=%.3f %s%n", variant, id,
                        neutral.emotions().probability(Emotion.HAPPINESS), neutral.emotions().probability(Emotion.NEUTRAL),
                        smiling.emotions().probability(Emotion.HAPPINESS), smiling.emotions().probability(Emotion.NEUTRAL),
                        ok ? "ok" : "MISS");
            }
            int top1 = 0, top2 = 0;
            List<String> pexelsMisses = new ArrayList<>();
            for (Object[] p : PEXELS) {
                FaceEstimate f = subject(analyzer, "pexels/" + p[0]);
                List<Emotion> ranked = ranked(f);
                top1 += ranked.get(0) == p[1] ? 1 : 0;
                top2 += ranked.subList(0, 2).contains(p[1]) ? 1 : 0;
                if (ranked.get(0) != p[1]) {
                    pexelsMisses.add(p[0] + "->" + ranked.get(0).label());
                }
                System.out.printf(Locale.ROOT, "%s %s expected %s: top %s %.3f, second %s %.3f (detection %.2f)%n",
                        variant, p[0], ((Emotion) p[1]).label(), ranked.get(0).label(),
                        f.emotions().probability(ranked.get(0)), ranked.get(1).label(),
                        f.emotions().probability(ranked.get(1)), f.detectionConfidence());
            }
            int group = analyzer.analyze(photo("pexels/group.jpeg")).size();
            Figures figures = new Figures(pairs, londonMisses, top1, top2, pexelsMisses, group);
            System.out.printf(Locale.ROOT, "ACCURACY %s+%s: London pair ranking %d/6 (misses %s), Pexels top-1 %d/5, "
                            + "top-2 %d/5 (misses %s), group.jpeg faces %d%n", variant.modelId(),
                    FerEmotionClassifier.MODEL_ID, pairs, londonMisses, top1, top2, pexelsMisses, group);
            return figures;
        }
    }

    private static boolean happierThanNeutral(FaceEstimate f) {
        return f.emotions().probability(Emotion.HAPPINESS) > f.emotions().probability(Emotion.NEUTRAL);
    }

    @Test
    void defaultDetectorRanksSmilesAndNamesTheObviousExpressions() throws IOException {
        Figures f = evaluate(BlazeFaceVariant.BACK_256);
        assertTrue(f.londonPairs() >= 5, "happiness above neutral on smiling photos and below on neutral ones, "
                + "for at least 5 of 6 people: " + f);
        assertTrue(f.pexelsTop2() == 5 && f.pexelsTop1() >= 4 && f.pexelsMisses().stream()
                .allMatch(m -> m.startsWith("surprised")), "Pexels singles (surprised may be second): " + f);
        assertTrue(f.groupFaces() >= 4, "group.jpeg faces: " + f.groupFaces());
    }

    @Test
    void frontDetectorFiguresForTheCatalog() throws IOException {
        Figures f = evaluate(BlazeFaceVariant.FRONT_128);
        // The short-range model is not the default; only check that it finds and classifies the studio faces.
        assertTrue(f.londonPairs() >= 4, f.toString());
    }

    @Test
    void eachEstimateNamesItsModels() throws IOException {
        try (BlazeFaceFerAnalyzer analyzer = open(BlazeFaceVariant.BACK_256)) {
            FaceEstimate f = subject(analyzer, "london/001_08_smiling.jpg");
            assertEquals(List.of("blazeface-back-256", "fer-mini-xception"), f.modelIds());
            assertEquals(FerEmotionClassifier.LABELS, List.copyOf(f.modelScores().keySet()));
            assertTrue(f.detectionConfidence() > 0.5 && f.detectionConfidence() <= 1);
            double sum = f.modelScores().values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(1.0, sum, 1e-3, "softmax output");
        }
    }
}
