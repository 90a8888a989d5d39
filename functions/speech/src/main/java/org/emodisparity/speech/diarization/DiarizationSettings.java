package org.emodisparity.speech.diarization;

/**
 * Settings of {@link SpeakerDiarizer}.
 *
 * @param maxSpeakers the most speakers found when the number is not given (2: a therapy dyad)
 * @param segmentSeconds the length of the pieces speech is cut into before clustering
 * @param bicLambda the weight of the BIC model-size penalty: larger merges more readily
 * @param smoothingSeconds half-width of the window over which frame likelihoods are averaged when turns are
 *        re-drawn (re-segmentation)
 * @param minTurnSeconds a speaker change that lasts less than this is taken as noise and joined to its neighbour
 * @param minSpeakerShare a cluster with less than this share of the speech (and under 3 s) is not a speaker of its
 *        own but is joined to the nearest one (a cough, a laugh)
 * @param minSeparation with the number found automatically, two speakers are kept only when two Gaussians explain
 *        their frames better than one by at least this ΔBIC per frame; chosen on the development constructions
 *        (one LibriVox reader 0.22, JFK 0.38 and EmoDB speaker 10 0.39 must stay one; the AMI dialogue 0.47 and the
 *        mixed EmoDB/JFK/LibriVox pairs 0.50–1.85 must be two). Acted speech swinging from rage to grief (EmoDB
 *        speakers 03, 08, 09 alone: 0.59–0.84) is still split.
 */
public record DiarizationSettings(int maxSpeakers, double segmentSeconds, double bicLambda, double smoothingSeconds,
                                  double minTurnSeconds, double minSpeakerShare, double minSeparation) {
    public DiarizationSettings {
        if (maxSpeakers < 1 || !(segmentSeconds > 0.2) || !(bicLambda > 0) || !(smoothingSeconds >= 0)
                || !(minTurnSeconds >= 0) || !(minSpeakerShare >= 0 && minSpeakerShare < 0.5) || !(minSeparation >= 0)) {
            throw new IllegalArgumentException("invalid diarisation settings");
        }
    }

    public static DiarizationSettings defaults() {
        return new DiarizationSettings(2, 1.5, 1.0, 0.5, 0.4, 0.08, 0.43);
    }

    public DiarizationSettings withMaxSpeakers(int n) {
        return new DiarizationSettings(n, segmentSeconds, bicLambda, smoothingSeconds, minTurnSeconds, minSpeakerShare,
                minSeparation);
    }
}
