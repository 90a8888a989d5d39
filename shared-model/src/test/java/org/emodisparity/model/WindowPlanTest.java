package org.emodisparity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPlanTest {

    @Test
    void defaultPlanOfTenSeconds() {
        WindowPlan plan = WindowPlan.plan(10.0, 2.5, 1.25);
        // starts 0, 1.25, ..., 7.5 (7.5 + 2.5 = 10 reaches the end exactly: no extra window)
        assertEquals(7, plan.windows().size());
        assertEquals(new TimeWindow(6, 7.5, 10.0), plan.windows().get(6));
        plan.windows().forEach(w -> assertEquals(2.5, w.duration(), 1e-9));
    }

    @Test
    void tailIsCoveredByAnEndAlignedWindow() {
        WindowPlan plan = WindowPlan.plan(3.0, 2.5, 1.25);
        assertEquals(List.of(new TimeWindow(0, 0, 2.5), new TimeWindow(1, 0.5, 3.0)), plan.windows());
    }

    @Test
    void mediaShorterThanOneWindowGetsOneWindow() {
        WindowPlan plan = WindowPlan.plan(1.2, 2.5, 1.25);
        assertEquals(List.of(new TimeWindow(0, 0, 1.2)), plan.windows());
    }

    @Test
    void strideEqualToWindowTilesWithoutOverlap() {
        WindowPlan plan = WindowPlan.plan(10.0, 2.5, 2.5);
        assertEquals(4, plan.windows().size());
        for (int i = 1; i < plan.windows().size(); i++) {
            assertEquals(plan.windows().get(i - 1).end(), plan.windows().get(i).start(), 1e-9);
        }
    }

    @Test
    void everyInstantIsCovered() {
        WindowPlan plan = WindowPlan.plan(19.69, 2.5, 0.5);
        for (double t = 0; t < 19.69; t += 0.01) {
            final double at = t;
            assertTrue(plan.windows().stream().anyMatch(w -> w.contains(at)), "uncovered at " + t);
        }
        assertEquals(19.69, plan.windows().get(plan.windows().size() - 1).end(), 1e-9);
    }

    @Test
    void overlappingFindsTheWindowsOfASentence() {
        WindowPlan plan = WindowPlan.plan(10.0, 2.5, 1.25);
        assertEquals(List.of(0, 1, 2), plan.overlapping(2.0, 3.0).stream().map(TimeWindow::index).toList());
    }

    @Test
    void invalidPlansAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WindowPlan.plan(0, 2.5, 1.25));
        assertThrows(IllegalArgumentException.class, () -> WindowPlan.plan(10, 2.5, 3.0));
        assertThrows(IllegalArgumentException.class, () -> WindowPlan.plan(10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> WindowPlan.plan(Double.NaN, 2.5, 1.25));
    }
}
