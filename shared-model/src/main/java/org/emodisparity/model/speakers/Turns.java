package org.emodisparity.model.speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.emodisparity.model.speakers.SessionSpeakers.Turn;

/** Operations on lists of turns (time intervals). */
public final class Turns {
    private Turns() {
    }

    /** Sorted, overlapping or touching turns joined, and turns closer than {@code gapSeconds} joined. */
    public static List<Turn> merge(List<Turn> turns, double gapSeconds) {
        List<Turn> sorted = new ArrayList<>(turns);
        sorted.sort(Comparator.comparingDouble(Turn::start));
        List<Turn> out = new ArrayList<>();
        for (Turn t : sorted) {
            if (!out.isEmpty() && t.start() <= out.get(out.size() - 1).end() + gapSeconds) {
                Turn last = out.remove(out.size() - 1);
                out.add(new Turn(last.start(), Math.max(last.end(), t.end())));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The parts of {@code a} that lie inside {@code b} (both lists sorted, not overlapping within themselves). */
    public static List<Turn> intersect(List<Turn> a, List<Turn> b) {
        List<Turn> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            double start = Math.max(a.get(i).start(), b.get(j).start());
            double end = Math.min(a.get(i).end(), b.get(j).end());
            if (end > start) {
                out.add(new Turn(start, end));
            }
            if (a.get(i).end() < b.get(j).end()) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    public static double total(List<Turn> turns) {
        return turns.stream().mapToDouble(Turn::duration).sum();
    }
}
