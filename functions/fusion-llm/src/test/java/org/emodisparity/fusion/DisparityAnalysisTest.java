package org.emodisparity.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.Stage;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.junit.jupiter.api.Test;

/** The disparity scores and episodes on synthetic timelines whose agreement is known by construction. */
class DisparityAnalysisTest {
    static final WindowPlan PLAN = WindowPlan.plan(20.0, 2.5, 1.25);
    static final Map<Emotion, Double> HAPPY = Map.of(Emotion.HAPPINESS, 0.9, Emotion.NEUTRAL, 0.1);
    static final Map<Emotion, Double> SAD = Map.of(Emotion.SADNESS, 0.85, Emotion.NEUTRAL, 0.15);

    static ModalityTimeline timeline(Stage stage, IntFunction<Map<Emotion, Double>> perWindow) {
        List<WindowEstimate> ws = new ArrayList<>();
        for (TimeWindow w : PLAN.windows()) {
            Map<Emotion, Double> d = perWindow.apply(w.index());
            if (d != null) {
                EmotionDistribution dist = new EmotionDistribution(d);
                ws.add(new WindowEstimate(w.index(), w.start(), w.end(), dist.probabilities(), dist.valence(),
                        dist.arousal(), 0.9, stage.id() + "-model", null));
            } else {
                ws.add(new WindowEstimate(w.index(), w.start(), w.end(), null, null, null, null, null, "no face"));
            }
        }
        return new ModalityTimeline(1, "c", "s", stage, ModalityTimeline.Availability.AVAILABLE, null, null,
                List.of(stage.id() + "-model"), ws, null);
    }

    static ModalityTimeline unavailable(Stage stage) {
        return ModalityTimeline.without(new org.emodisparity.model.SessionRef("c", "s"), stage,
                ModalityTimeline.Availability.UNAVAILABLE, org.emodisparity.model.ReasonCode.NO_MODEL, "no model");
    }

    final DisparityAnalysis analysis = new DisparityAnalysis(DisparityAnalysis.Settings.DEFAULT);

    @Test
    void smilingFaceOverSadWordsIsOneEpisodeWhereTheyDisagree() {
        // face: sad until window 6 (7.5 s), happy after; words: sad throughout
        ModalityTimeline face = timeline(Stage.FACE, i -> i < 6 ? SAD : HAPPY);
        ModalityTimeline text = timeline(Stage.TRANSCRIPT, i -> SAD);
        Disparity d = analysis.analyse(PLAN, List.of(face, unavailable(Stage.SPEECH), text));

        assertEquals(1, d.episodes().size(), d.episodes().toString());
        Disparity.Episode e = d.episodes().get(0);
        assertEquals(7.5, e.start(), 1e-9);
        assertEquals(20.0, e.end(), 1e-9);
        assertEquals(List.of(Disparity.Pair.FACE_TEXT), e.pairs());
        Disparity.ModalityView faceView = e.modalities().stream().filter(m -> m.stage() == Stage.FACE).findFirst().orElseThrow();
        assertEquals(Emotion.HAPPINESS, faceView.topLabel());
        assertEquals(List.of("face-model"), faceView.modelIds());
        for (Disparity.WindowScore w : d.windows()) {
            assertTrue(w.pairs().keySet().equals(java.util.Set.of(Disparity.Pair.FACE_TEXT)), "only comparable pairs");
            assertTrue(w.window() < 6 ? w.incongruence() < 0.1 : w.incongruence() > 0.5, w.toString());
        }
        assertEquals(Emotion.SADNESS, d.dominant().get(Stage.TRANSCRIPT));
    }

    @Test
    void congruentModalitiesGiveNoEpisode() {
        Disparity d = analysis.analyse(PLAN, List.of(timeline(Stage.FACE, i -> i < 6 ? SAD : HAPPY),
                unavailable(Stage.SPEECH), timeline(Stage.TRANSCRIPT, i -> i < 6 ? SAD : HAPPY)));
        assertTrue(d.episodes().isEmpty());
        assertEquals(1.0, d.congruenceRatio(), 1e-9);
    }

    @Test
    void aSingleModalityCannotDisagreeWithItself() {
        Disparity d = analysis.analyse(PLAN, List.of(timeline(Stage.FACE, i -> HAPPY), unavailable(Stage.SPEECH),
                unavailable(Stage.TRANSCRIPT)));
        assertTrue(d.episodes().isEmpty());
        assertNull(d.congruenceRatio());
        d.windows().forEach(w -> assertNull(w.incongruence()));
    }

    @Test
    void windowsWithoutAFaceAreNotScoredAndShortBlipsAreNoEpisode() {
        // a single disagreeing window (2.5 s) between no-face windows: kept (minimum duration is one window)
        ModalityTimeline face = timeline(Stage.FACE, i -> i == 3 ? HAPPY : (i % 2 == 0 ? null : SAD));
        Disparity d = new DisparityAnalysis(new DisparityAnalysis.Settings(0.3, 0.0, 5.0))
                .analyse(PLAN, List.of(face, unavailable(Stage.SPEECH), timeline(Stage.TRANSCRIPT, i -> SAD)));
        assertTrue(d.episodes().isEmpty(), "shorter than the 5 s minimum: " + d.episodes());
        assertNull(d.windows().get(2).incongruence(), "no face in window 2: not compared");
    }

    @Test
    void jensenShannonIsZeroForIdenticalAndOneForDisjoint() {
        EmotionDistribution happy = new EmotionDistribution(Map.of(Emotion.HAPPINESS, 1.0));
        EmotionDistribution sad = new EmotionDistribution(Map.of(Emotion.SADNESS, 1.0));
        assertEquals(0.0, DisparityAnalysis.jensenShannon(happy, happy), 1e-12);
        assertEquals(1.0, DisparityAnalysis.jensenShannon(happy, sad), 1e-12);
    }

    static ModalityTimeline voice(IntFunction<Double> arousal) {
        List<WindowEstimate> voice = new ArrayList<>();
        for (TimeWindow w : PLAN.windows()) {
            voice.add(new WindowEstimate(w.index(), w.start(), w.end(), null, null, arousal.apply(w.index()), null,
                    "prosody", null));
        }
        return new ModalityTimeline(1, "c", "s", Stage.SPEECH, ModalityTimeline.Availability.AVAILABLE, null, null,
                List.of("prosody"), voice, null);
    }

    @Test
    void prosodicArousalIsComparedWithTheWordsAsSessionRelativeZScoresBeyondTheMargin() {
        // the voice is calm then agitated; the words stay neutral (constant arousal: z = 0 everywhere)
        ModalityTimeline speech = voice(i -> i < 8 ? -0.5 : 0.8);
        ModalityTimeline words = timeline(Stage.TRANSCRIPT, i -> Map.of(Emotion.NEUTRAL, 1.0));
        DisparityAnalysis.Settings d = DisparityAnalysis.Settings.DEFAULT;
        DisparityAnalysis noMargin = new DisparityAnalysis(new DisparityAnalysis.Settings(d.threshold(),
                d.maxGapSeconds(), d.minDurationSeconds(), d.valence(), d.valenceWeight(), d.baselineShare(), 0));
        Disparity raw = noMargin.analyse(PLAN, List.of(unavailable(Stage.FACE), speech, words));
        double early = raw.windows().get(2).pairs().get(Disparity.Pair.VOICE_TEXT);
        double late = raw.windows().get(12).pairs().get(Disparity.Pair.VOICE_TEXT);
        // the two halves sit about one SD either side of the session mean: |Δz| ≈ 1, so d ≈ 0.25 each
        assertTrue(late > 0.15 && early > 0.15 && Math.abs(late - early) < 0.5, early + " " + late);
        // with the default margin of 3 SD, a difference of one SD is ordinary variation
        Disparity withMargin = analysis.analyse(PLAN, List.of(unavailable(Stage.FACE), speech, words));
        withMargin.windows().forEach(w -> assertEquals(0.0, w.pairs().get(Disparity.Pair.VOICE_TEXT), 1e-9));
        assertTrue(withMargin.episodes().isEmpty());
    }

    @Test
    void aVoiceFarOutsideItsUsualRangeIsDisparityEvenWithTheMargin() {
        // one agitated window in a calm session: about 4 SD above the others
        ModalityTimeline speech = voice(i -> i == 7 ? 3.0 : (i % 2 == 0 ? -0.1 : 0.1));
        ModalityTimeline words = timeline(Stage.TRANSCRIPT, i -> Map.of(Emotion.NEUTRAL, 1.0));
        Disparity d = analysis.analyse(PLAN, List.of(unavailable(Stage.FACE), speech, words));
        assertTrue(d.windows().get(7).pairs().get(Disparity.Pair.VOICE_TEXT) > 0.5, d.windows().get(7).toString());
        assertEquals(0.0, d.windows().get(6).pairs().get(Disparity.Pair.VOICE_TEXT), 1e-9);
    }

    @Test
    void faceAndVoiceAreNotComparedWithEachOther() {
        // a calm neutral face over an agitated-then-calm voice, no words: nothing is said, so nothing to contradict
        Disparity d = analysis.analyse(PLAN, List.of(timeline(Stage.FACE, i -> Map.of(Emotion.NEUTRAL, 1.0)),
                voice(i -> i < 8 ? 3.0 : -3.0), unavailable(Stage.TRANSCRIPT)));
        d.windows().forEach(w -> assertTrue(w.pairs().isEmpty(), w.toString()));
        assertTrue(d.episodes().isEmpty());
    }

    @Test
    void aSocialSmileOverNeutralWordsIsNotDisparityButOverSadWordsItIs() {
        Map<Emotion, Double> neutral = Map.of(Emotion.NEUTRAL, 0.9, Emotion.SURPRISE, 0.1);
        Disparity social = analysis.analyse(PLAN, List.of(timeline(Stage.FACE, i -> HAPPY), unavailable(Stage.SPEECH),
                timeline(Stage.TRANSCRIPT, i -> neutral)));
        assertTrue(social.episodes().isEmpty(), social.episodes().toString());
        social.windows().forEach(w -> assertTrue(w.incongruence() < 0.1, w.toString()));
        Disparity sad = analysis.analyse(PLAN, List.of(timeline(Stage.FACE, i -> HAPPY), unavailable(Stage.SPEECH),
                timeline(Stage.TRANSCRIPT, i -> SAD)));
        assertEquals(1, sad.episodes().size());
        // the older valence difference flags the social smile too: what the opposition is for
        DisparityAnalysis.Settings d = DisparityAnalysis.Settings.DEFAULT;
        Disparity difference = new DisparityAnalysis(new DisparityAnalysis.Settings(d.threshold(), d.maxGapSeconds(),
                d.minDurationSeconds(), DisparityAnalysis.ValenceComparison.DIFFERENCE, 1.0, 0, d.arousalMarginSd()))
                .analyse(PLAN, List.of(timeline(Stage.FACE, i -> HAPPY), unavailable(Stage.SPEECH),
                        timeline(Stage.TRANSCRIPT, i -> neutral)));
        assertEquals(1, difference.episodes().size());
    }

    @Test
    void positiveAndNegativeMassWeighLabelsByTheirValence() {
        assertEquals(1.0, DisparityAnalysis.positive(new EmotionDistribution(Map.of(Emotion.HAPPINESS, 1.0))), 1e-12);
        assertEquals(0.0, DisparityAnalysis.negative(new EmotionDistribution(Map.of(Emotion.HAPPINESS, 1.0))), 1e-12);
        assertEquals(1.0, DisparityAnalysis.negative(new EmotionDistribution(Map.of(Emotion.SADNESS, 1.0))), 1e-12);
        assertEquals(0.0, DisparityAnalysis.positive(new EmotionDistribution(Map.of(Emotion.NEUTRAL, 1.0))), 1e-12);
        // surprise is mildly positive (0.2 of happiness's 0.8)
        assertEquals(0.25, DisparityAnalysis.positive(new EmotionDistribution(Map.of(Emotion.SURPRISE, 1.0))), 1e-12);
    }
}
