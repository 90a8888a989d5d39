package org.emodisparity.embedded;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.StageStatus;

/**
 * One progress bar per stage on the terminal, redrawn in place (ANSI cursor-up) when the output is a terminal;
 * otherwise one line per change, so logs of CI runs stay readable.
 */
final class ProgressBars {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private String last = "";
    private int linesDrawn;

    ProgressBars(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void draw(Map<Stage, StageStatus> statuses) {
        StringBuilder frame = new StringBuilder();
        for (Stage stage : Stage.values()) {
            frame.append(line(stage, statuses.get(stage))).append('\n');
        }
        String text = frame.toString();
        if (text.equals(last)) {
            return;
        }
        if (terminal) {
            if (linesDrawn > 0) {
                out.print("\u001b[" + linesDrawn + "A");
            }
            out.print(text.replace("\n", "\u001b[K\n"));
            linesDrawn = Stage.values().length;
        } else {
            String[] before = last.split("\n");
            String[] now = text.split("\n");
            for (int i = 0; i < now.length; i++) {
                if (i >= before.length || !now[i].equals(before[i])) {
                    out.println(now[i]);
                }
            }
        }
        out.flush();
        last = text;
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
