package org.emodisparity.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.StageStatus;
import org.junit.jupiter.api.Test;

/** The CLI's progress bars: elapsed and remaining time per stage, on a clock the test moves. */
class ProgressBarsTest {
    private static final SessionRef SESSION = new SessionRef("local", "s-1");

    private final long[] now = {0};
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private ProgressBars bars(boolean terminal) {
        return new ProgressBars(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, () -> now[0]);
    }

    private String printed() {
        String s = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return s;
    }

    private static StageStatus face(StageState state, double progress) {
        StageStatus pending = StageStatus.pending(SESSION, Stage.FACE);
        StageStatus running = pending.moveTo(StageState.RUNNING, progress, null, null);
        return state == StageState.RUNNING ? running : running.moveTo(state, 1, null, null);
    }

    private void advance(long seconds) {
        now[0] += TimeUnit.SECONDS.toNanos(seconds);
    }

    @Test
    void aRunningStageShowsElapsedTimeAndAnEstimateOfWhatIsLeftOnceATenthIsDone() {
        ProgressBars bars = bars(true);
        Map<Stage, StageStatus> statuses = new EnumMap<>(Stage.class);
        statuses.put(Stage.FACE, face(StageState.RUNNING, 0.05));
        bars.draw(statuses);
        assertTrue(printed().contains("0:00 elapsed\u001b[K"), "no estimate before a tenth is done");

        advance(30);
        statuses.put(Stage.FACE, face(StageState.RUNNING, 0.25));
        bars.draw(statuses);
        String shown = printed();
        assertTrue(shown.contains("0:30 elapsed, ~1:30 left"), shown);

        advance(4000);
        statuses.put(Stage.FACE, face(StageState.RUNNING, 0.5));
        bars.draw(statuses);
        assertTrue(printed().contains("1:07:10 elapsed, ~1:07:10 left"), "hours once past an hour");

        advance(10);
        statuses.put(Stage.FACE, face(StageState.SUCCEEDED, 1));
        bars.draw(statuses);
        assertTrue(printed().contains("succeeded    took 1:07:20"));
    }

    @Test
    void outsideATerminalATimeThatChangedAlonePrintsNoNewLine() {
        ProgressBars bars = bars(false);
        Map<Stage, StageStatus> statuses = new EnumMap<>(Stage.class);
        statuses.put(Stage.FACE, face(StageState.RUNNING, 0.2));
        bars.draw(statuses);
        assertEquals(Stage.values().length, printed().lines().count(), "first draw: every stage once");

        advance(5);
        bars.draw(statuses);
        assertEquals("", printed(), "only the clock moved");

        statuses.put(Stage.FACE, face(StageState.RUNNING, 0.6));
        bars.draw(statuses);
        String shown = printed();
        assertEquals(1, shown.lines().count(), shown);
        assertTrue(shown.startsWith("face") && shown.contains("0:05 elapsed, ~0:03 left"), shown);
    }
}
