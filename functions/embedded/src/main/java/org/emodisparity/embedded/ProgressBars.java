package org.emodisparity.embedded;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.StageStatus;

/**
 * One progress bar per stage on the terminal, redrawn in place (ANSI cursor-up) when the output is a terminal;
 * otherwise one line per change, so logs of CI runs stay readable. Each stage shows its elapsed time since this
 * command first saw it running and, once it is a tenth done, an estimate of the time left (elapsed x (1 - p) / p);
 * a finished stage shows how long it took. Outside a terminal the times are printed but a changed time alone does
 * not print a new line.
 */
final class ProgressBars {
    private static final int WIDTH = 30;
    private static final double ESTIMATE_FROM = 0.1;
    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final Map<Stage, Long> startedAt = new EnumMap<>(Stage.class);
    private final Map<Stage, Long> finishedAt = new EnumMap<>(Stage.class);
    private String last = "";
    private String lastShown = "";
    private int linesDrawn;

    ProgressBars(PrintStream out, boolean terminal) {
        this(out, terminal, System::nanoTime);
    }

    ProgressBars(PrintStream out, boolean terminal, LongSupplier nanoClock) {
        this.out = out;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
    }

    void draw(Map<Stage, StageStatus> statuses) {
        long now = nanoClock.getAsLong();
        StringBuilder frame = new StringBuilder();
        StringBuilder shown = new StringBuilder();
        for (Stage stage : Stage.values()) {
            StageStatus status = statuses.get(stage);
            String line = line(stage, status);
            frame.append(line).append('\n');
            shown.append(line).append(times(stage, status, now)).append('\n');
        }
        String text = frame.toString();
        String withTimes = shown.toString();
        if (text.equals(last) && (!terminal || withTimes.equals(lastShown))) {
            return;
        }
        String[] beforeKeys = last.split("\n");
        last = text;
        lastShown = withTimes;
        text = withTimes;
        if (terminal) {
            if (linesDrawn > 0) {
                out.print("\u001b[" + linesDrawn + "A");
            }
            out.print(text.replace("\n", "\u001b[K\n"));
            linesDrawn = Stage.values().length;
        } else {
            String[] keys = last.split("\n");
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i >= beforeKeys.length || !keys[i].equals(beforeKeys[i])) {
                    out.println(lines[i]);
                }
            }
        }
        out.flush();
    }

    /** "  0:42 elapsed, ~1:10 left" while running, "  took 0:42" once done, nothing before it starts. */
    private String times(Stage stage, StageStatus status, long now) {
        StageState state = status == null ? StageState.PENDING : status.state();
        if (state == StageState.RUNNING) {
            startedAt.putIfAbsent(stage, now);
            finishedAt.remove(stage);
        } else if (state.isTerminal() && startedAt.containsKey(stage)) {
            finishedAt.putIfAbsent(stage, now);
        }
        Long start = startedAt.get(stage);
        if (start == null) {
            return "";
        }
        Long end = finishedAt.get(stage);
        if (end != null) {
            return "  took " + clock(end - start);
        }
        if (state != StageState.RUNNING) {
            return "";
        }
        long elapsed = now - start;
        double p = status.progress();
        String left = p >= ESTIMATE_FROM && p < 1 ? ", ~" + clock((long) (elapsed * (1 - p) / p)) + " left" : "";
        return "  " + clock(elapsed) + " elapsed" + left;
    }

    /** m:ss, or h:mm:ss from an hour. */
    static String clock(long nanos) {
        long s = Math.max(0, nanos / 1_000_000_000L);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String line(Stage stage, StageStatus status) {
        StageState state = status == null ? StageState.PENDING : status.state();
        double progress = status == null ? 0 : status.progress();
        int filled = (int) Math.round(progress * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String detail = status == null || status.message() == null ? "" : "  " + status.message();
        if (status != null && status.reason() != null && state == StageState.FAILED) {
            detail = "  " + status.reason() + ": " + status.message();
        }
        return String.format(Locale.ROOT, "%-21s [%s] %3.0f%% %-11s%s", stage.id(), bar, progress * 100,
                state.name().toLowerCase(Locale.ROOT), detail);
    }
}
