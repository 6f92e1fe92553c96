package org.mdscape.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanViewModelTest {
    private static PlanRow row(String name, double hours, double cost, boolean feasible) {
        return new PlanRow("Google Cloud", name, 1, "spot", "none", hours, hours, hours, cost, 0, feasible, false, false, "x");
    }

    @Test
    void paretoFrontKeepsOnlyOptionsNothingBeatsOnBothAxes() {
        PlanRow fastDear = row("a", 1, 10, true), slowCheap = row("b", 5, 2, true), dominated = row("c", 6, 3, true),
                middle = row("d", 3, 5, true), worse = row("e", 3, 6, true);
        List<PlanRow> front = PlanViewModel.paretoFront(List.of(dominated, slowCheap, worse, fastDear, middle));
        assertEquals(List.of(fastDear, middle, slowCheap), front);
    }

    @Test
    void theCheapestFeasibleOptionIsChosen() {
        PlanRow cheapButLate = row("a", 50, 1, false), ok = row("b", 5, 4, true), dearer = row("c", 2, 9, true);
        List<PlanRow> chosen = PlanViewModel.choose(List.of(cheapButLate, ok, dearer));
        assertEquals(List.of(false, true, false), chosen.stream().map(PlanRow::chosen).toList());
    }

    @Test
    void thisComputerRunsWorkersJobsAtOnceAndCostsNothing() {
        // 10 jobs of 2 core-hours on 2 workers x 1 thread: 5 rounds of 2 h.
        PlanViewModel.Answer a = PlanViewModel.compute(new PlanViewModel.Workload(10, 2, 2, 1), 20.0, null, 2);
        PlanRow local = a.rows().getFirst();
        assertTrue(local.local());
        assertEquals(10.0, local.makespanHours(), 1e-12);
        assertEquals(0.0, local.costUsd());
        assertTrue(local.feasible() && local.chosen(), "free and within the deadline, so chosen");
        assertTrue(a.rows().stream().anyMatch(r -> r.provisioning().equals("spot") && !r.launchable()),
                "cloud rows from the planner, not launchable yet");

        PlanViewModel.Answer tight = PlanViewModel.compute(new PlanViewModel.Workload(10, 2, 2, 1), 5.0, null, 2);
        assertFalse(tight.rows().getFirst().feasible(), "10 h here misses a 5 h deadline");
        assertTrue(tight.rows().stream().filter(PlanRow::chosen).allMatch(r -> !r.local() && r.makespanP95Hours() <= 5.0));
    }

    @Test
    void aCloudLaunchAsksWithTheExpectedCost() {
        PlanRow r = new PlanRow("Google Cloud", "n1-highcpu-16", 4, "spot", "model-based (DP)", 2.5, 2, 3.5, 12.345, 0.2,
                true, true, false, PlanViewModel.CLOUD_NOT_YET);
        assertEquals("Launch 40 jobs on 4 x n1-highcpu-16 spot, checkpoints model-based (DP)? Expected cost $12.35, "
                + "expected makespan 2.5 h (2.0 h to 3.5 h).", PlanViewModel.confirmation(r, 40));
    }

    @Test
    void deadlineAndBudgetAreValidatedWithTheirRange() {
        PlanViewModel vm = new PlanViewModel(Runnable::run, Runnable::run, 2);
        vm.deadlineTextProperty().set("-3");
        assertEquals("deadline: must be a number of hours in (0, 1000000], or empty for none (got '-3')",
                vm.deadlineMessageProperty().get());
        vm.deadlineTextProperty().set("");
        assertEquals("", vm.deadlineMessageProperty().get());
    }
}
