package org.emodisparity.embedded.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emodisparity.fusion.DisparityAnalysis;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;

/**
 * The disparity harness on its development split, with the real face, text and voice models and the product's fusion
 * settings: smiling while saying something sad must score above smiling while saying something joyful or neutral
 * and above a neutral face over neutral words, whatever the EmoDB voice. The floors are the figures measured when the
 * fusion defaults were chosen (dev: AUC 0.742, episode recall 0.250, 3.8 false episodes per hour), less a margin: a
 * change that makes fusion worse fails here. Figures of both splits: {@link DisparityHarness}.
 */
class DisparityHarnessTest {
    @Test
    void incongruentSmilesScoreAboveCongruentOnesOnTheDevelopmentSplit() throws Exception {
        RequiredModels.assumeOrFail("fer-mini-xception");
        RequiredModels.assumeOrFail("bge-small-en-v15-q");
        RequiredModels.assumeOrFail("silero-vad");
        RequiredModels.assumeOrFail("vocal-arousal-lr-emodb4");
        DisparityHarness.Figures f = DisparityHarness.load("dev").run("dev", DisparityAnalysis.Settings.DEFAULT);
        System.out.println("HARNESS " + f);
        assertTrue(f.windowAuc() >= 0.70, f.toString());
        assertTrue(f.episodeRecall() >= 0.15, f.toString());
        assertTrue(f.falseEpisodesPerHour() <= 10, f.toString());
    }
}
