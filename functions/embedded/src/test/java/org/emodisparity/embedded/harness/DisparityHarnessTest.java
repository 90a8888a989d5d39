package org.emodisparity.embedded.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emodisparity.fusion.DisparityAnalysis;
import org.emodisparity.models.RequiredModels;
import org.junit.jupiter.api.Test;

/**
 * The disparity harness on its development split, with the real face and text models and the product's fusion
 * settings: smiling while saying something sad must score above smiling while saying something joyful and above a
 * neutral face over neutral words. The floor is the figure measured when the harness was written (dev AUC 0.730),
 * less a margin: a change that makes fusion worse fails here. Figures of both splits: {@link DisparityHarness}.
 */
class DisparityHarnessTest {
    @Test
    void incongruentSmilesScoreAboveCongruentOnesOnTheDevelopmentSplit() throws Exception {
        RequiredModels.assumeOrFail("fer-mini-xception");
        RequiredModels.assumeOrFail("bge-small-en-v15-q");
        DisparityHarness.Figures f = DisparityHarness.load("dev").run("dev", DisparityAnalysis.Settings.DEFAULT);
        System.out.println("HARNESS " + f);
        assertTrue(f.windowAuc() >= 0.70, f.toString());
        assertTrue(f.episodeRecall() >= 0.5, f.toString());
    }
}
