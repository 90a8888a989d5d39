package org.emodisparity.model.speakers;

import org.emodisparity.model.StageRunner;

import java.util.ArrayList;
import java.util.List;
import org.emodisparity.model.speakers.SessionSpeakers.Speaker;
import org.emodisparity.model.speakers.SessionSpeakers.Turn;

/**
 * What session-analytics tools show clinicians about each speaker's talk: talk time and its share of all talk,
 * the number of turns and their mean length, the mean response latency and the seconds spoken over another
 * speaker.
 *
 * <p>Turns of one speaker closer than {@link #TURN_GAP_SECONDS} are one turn (a pause inside a turn is not a new
 * turn). The response latency is the mean gap between the end of another speaker's turn and the start of this
 * speaker's next turn, counted when that gap is between 0 and {@link #MAX_LATENCY_SECONDS} (a longer silence is not
 * an answer to that turn); overlapping starts are counted as overlap, not latency.
 */
public record SpeakerStats(double talkSeconds, double talkShare, int turnCount, double meanTurnSeconds,
                           Double meanResponseLatencySeconds, double overlapSeconds) {
    public static final double TURN_GAP_SECONDS = 1.0;
    public static final double MAX_LATENCY_SECONDS = 5.0;

    /** The speakers with their statistics filled in. */
    public static List<Speaker> of(List<Speaker> speakers) {
        double all = speakers.stream().mapToDouble(Speaker::talkSeconds).sum();
        List<Speaker> out = new ArrayList<>(speakers.size());
        for (Speaker s : speakers) {
            List<Turn> turns = Turns.merge(s.turns(), TURN_GAP_SECONDS);
            List<Turn> others = Turns.merge(speakers.stream().filter(o -> o != s)
                    .flatMap(o -> o.turns().stream()).toList(), 0);
            double talk = s.talkSeconds();
            double overlap = Turns.total(Turns.intersect(Turns.merge(s.turns(), 0), others));
            double latencySum = 0;
            int latencies = 0;
            for (Turn t : turns) {
                if (others.stream().anyMatch(o -> o.start() < t.start() && t.start() < o.end())) {
                    continue; // started while another was speaking: overlap, not an answer
                }
                double previousEnd = Double.NEGATIVE_INFINITY;
                for (Turn o : others) {
                    if (o.end() <= t.start() && o.end() > previousEnd) {
                        previousEnd = o.end();
                    }
                }
                double gap = t.start() - previousEnd;
                if (gap >= 0 && gap <= MAX_LATENCY_SECONDS) {
                    latencySum += gap;
                    latencies++;
                }
            }
            out.add(s.withStats(new SpeakerStats(round(talk), all == 0 ? 0 : round(talk / all), turns.size(),
                    turns.isEmpty() ? 0 : round(talk / turns.size()),
                    latencies == 0 ? null : round(latencySum / latencies), round(overlap))));
        }
        return out;
    }

    private static double round(double v) {
        return StageRunner.round(v, 3);
    }
}
