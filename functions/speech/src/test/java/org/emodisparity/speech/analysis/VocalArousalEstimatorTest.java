package org.emodisparity.speech.analysis;

import org.emodisparity.model.TimeWindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocalArousalEstimatorTest {
    private final VocalArousalEstimator estimator = new VocalArousalEstimator();

    /** A speaker around 120 Hz, 6 st range, −25 dBFS, 4 syllables/s, with some natural spread between phrases. */
    private final List<VocalCues> phrases = List.of(
            cues(118, 6.0, -25.5, 3.8), cues(125, 6.5, -24.0, 4.2), cues(112, 5.0, -26.0, 3.9),
            cues(121, 7.0, -24.5, 4.1), cues(124, 5.5, -25.0, 4.0));
    private final SpeakerBaseline baseline = estimator.baseline(phrases);

    @Test
    void theSpeakersUsualVoiceScoresZero() {
        SpeakerBaseline b = baseline;
        VocalCues typical = cues(hz(b.features().get(ArousalFeature.F0_LEVEL).mean()),
                b.features().get(ArousalFeature.F0_RANGE).mean(), b.features().get(ArousalFeature.LOUDNESS).mean(),
                b.features().get(ArousalFeature.SPEAKING_RATE).mean());
        ArousalScore score = estimator.score(typical, baseline);
        assertEquals(ArousalScore.Status.SCORED, score.status());
        assertEquals(0, score.value(), 1e-9);
    }

    @Test
    void eachCueRaisesArousal() {
        double usual = estimator.score(cues(120, 6, -25, 4), baseline).value();
        assertTrue(estimator.score(cues(140, 6, -25, 4), baseline).value() > usual, "higher F0");
        assertTrue(estimator.score(cues(120, 9, -25, 4), baseline).value() > usual, "wider F0 range");
        assertTrue(estimator.score(cues(120, 6, -20, 4), baseline).value() > usual, "louder");
        assertTrue(estimator.score(cues(120, 6, -25, 5), baseline).value() > usual, "faster");
        assertTrue(estimator.score(cues(100, 4, -31, 3), baseline).value() < -0.5, "lower, flatter, softer, slower");
    }

    @Test
    void theScoreIsBoundedAndFollowsTheFormula() {
        ArousalScore extreme = estimator.score(cues(480, 24, -3, 9), baseline);
        assertTrue(extreme.value() > 0.99 && extreme.value() < 1, "tanh squashes, value " + extreme.value());
        ArousalScore score = estimator.score(cues(130, 7, -23, 4.5), baseline);
        double weighted = 0;
        for (ArousalFeature f : ArousalFeature.values()) {
            SpeakerBaseline.FeatureBaseline fb = baseline.features().get(f);
            if (fb == null) {
                assertNull(score.zScores().get(f), f + " is not in these cues");
                continue;
            }
            double x = f.valueOf(cues(130, 7, -23, 4.5));
            double z = (x - fb.mean()) / Math.hypot(fb.sd(), ArousalModel.defaults().scaleFloor(f));
            assertEquals(z, score.zScores().get(f), 1e-9, f.name());
            weighted += ArousalModel.defaults().weight(f) * z;
        }
        assertEquals(Math.tanh(weighted / ArousalModel.defaults().totalWeight()), score.value(), 1e-9);
    }

    @Test
    void aSpeakerIsComparedWithThemselvesOnly() {
        // Another speaker: F0 ×1.8 (about 10 st higher), recorded 12 dB quieter, 0.4 syllables/s faster, same variation.
        List<VocalCues> other = new ArrayList<>();
        for (VocalCues c : phrases) {
            other.add(cues(c.f0MedianHz() * 1.8, c.f0RangeSemitones(), c.loudnessDbfs() - 12, c.syllableRate() + 0.4));
        }
        SpeakerBaseline otherBaseline = estimator.baseline(other);
        double mine = estimator.score(cues(135, 7, -22, 4.4), baseline).value();
        double theirs = estimator.score(cues(135 * 1.8, 7, -34, 4.4 + 0.4), otherBaseline).value();
        assertEquals(mine, theirs, 1e-9, "the same relative change scores the same for both speakers");
        assertTrue(estimator.score(cues(135, 7, -34, 4.8), otherBaseline).zScores().get(ArousalFeature.F0_LEVEL) < -3,
                "135 Hz is high for speaker one, very low for speaker two");
    }

    @Test
    void aMonotonousBaselineDoesNotExplode() {
        SpeakerBaseline flat = estimator.baseline(List.of(cues(120, 6, -25, 4), cues(120, 6, -25, 4)));
        ArousalScore score = estimator.score(cues(120, 6, -23, 4), flat);
        assertEquals(1.0, score.zScores().get(ArousalFeature.LOUDNESS), 1e-9, "+2 dB over the 2 dB floor");
        SpeakerBaseline single = estimator.baseline(List.of(cues(120, 6, -25, 4)));
        assertEquals(0, single.features().get(ArousalFeature.LOUDNESS).sd());
        assertTrue(estimator.score(cues(120, 6, -23, 4), single).scored());
    }

    @Test
    void missingCuesAreLeftOutNotZeroed() {
        VocalCues whispered = new VocalCues(TimeWindow.of(0, 2), SpeechPresence.SPEECH, 2.0, 0.0, null, null, null, null,
                -20.0, null, 0.0, 0, null, null, null, null, null, null, null, null, null);
        ArousalScore score = estimator.score(whispered, baseline);
        assertTrue(score.scored());
        assertEquals(List.of(ArousalFeature.LOUDNESS), List.copyOf(score.zScores().keySet()));
        assertTrue(score.value() > 0, "louder than usual");
        assertEquals(0.35, score.confidence(), 1e-9, "only the loudness weight was usable");
    }

    @Test
    void noSpeechHasNoScore() {
        ArousalScore score = estimator.score(VocalCues.absent(TimeWindow.of(0, 1), SpeechPresence.NO_SPEECH, 0), baseline);
        assertEquals(ArousalScore.Status.NO_SPEECH, score.status());
        assertNull(score.value());
        assertFalse(score.scored());
        ArousalScore empty = estimator.score(cues(120, 6, -25, 4), estimator.baseline(List.of()));
        assertEquals(ArousalScore.Status.INSUFFICIENT_CUES, empty.status(), "no baseline to compare with");
    }

    @Test
    void confidenceGrowsWithSpeech() {
        VocalCues shortSpeech = new VocalCues(TimeWindow.of(0, 1), SpeechPresence.SPEECH, 0.5, 0.6, 120.0, 100.0,
                140.0, 6.0, -25.0, 4.0, 0.0, 0, null, null, null, null, null, null, null, null, null);
        assertEquals(0.5, estimator.score(shortSpeech, baseline).confidence(), 1e-9);
        assertEquals(1.0, estimator.score(cues(120, 6, -25, 4), baseline).confidence(), 1e-9);
    }

    private static VocalCues cues(double f0, double rangeSt, double loudness, double rate) {
        double p5 = f0 * Math.pow(2, -rangeSt / 24);
        double p95 = f0 * Math.pow(2, rangeSt / 24);
        return new VocalCues(TimeWindow.of(0, 2), SpeechPresence.SPEECH, 2.0, 0.6, f0, p5, p95, rangeSt, loudness, rate,
                0.0, 0, null, null, null, null, null, null, null, null, null);
    }

    private static double hz(double semitonesRe100) {
        return 100 * Math.pow(2, semitonesRe100 / 12);
    }
}
