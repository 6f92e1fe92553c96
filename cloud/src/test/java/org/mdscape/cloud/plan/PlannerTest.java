package org.mdscape.cloud.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdscape.cloud.preemption.AttributedModel;
import org.mdscape.cloud.preemption.ExponentialModel;
import org.mdscape.engine.model.InvalidSpecException;

/** Server selection on constructed cases where the right answer is known without the planner. */
class PlannerTest {
    private static final CheckpointChoice NONE = CheckpointChoice.parse("none");

    @Test
    void priceTableIsDatedSourcedAndMatchesGooglesPerResourceRates() {
        DatedPriceTable t = DatedPriceTable.US_CENTRAL1;
        assertEquals(LocalDate.of(2026, 11, 25), t.asOf());
        assertTrue(t.source().contains("Cloud Billing Catalog"));
        for (MachinePrice p : t.all()) {
            assertTrue(p.spotPerHour() < p.onDemandPerHour(), p.machineType());
            if (p.machineType().startsWith("n1-")) {
                // n1 on-demand in us-central1: $0.031611 per vCPU-hour + $0.004237 per GB-hour (to the catalog's 5 digits).
                assertEquals(p.vcpus() * 0.031611 + p.memoryGb() * 0.004237, p.onDemandPerHour(), 6e-5, p.machineType());
            }
        }
    }

    @Test
    void picksTheCheaperMachineTypeWhenEverythingElseIsEqual() {
        // Two types of the same size that share the default models (neither has a per-type fit); one costs half as much.
        DatedPriceTable prices = new DatedPriceTable("test", "constructed", LocalDate.of(2026, 1, 1), List.of(
                new MachinePrice("x-highcpu-8", 8, 8, 1.0, 0.40),
                new MachinePrice("y-highcpu-8", 8, 8, 1.0, 0.20)));
        BagPlan plan = BagPlanner.plan(request(40, 32, List.of("x-highcpu-8", "y-highcpu-8"), 10, null, null), prices);
        PlanOption chosen = plan.chosen().orElseThrow();
        assertEquals("y-highcpu-8", chosen.machineType());
        assertTrue(chosen.provisioning() != Provisioning.ON_DEMAND);
        // Its twin on the dearer type costs exactly twice as much: same model, same VM-hours.
        PlanOption twin = plan.options().stream().filter(o -> o.machineType().equals("x-highcpu-8")
                && o.provisioning() == chosen.provisioning() && o.checkpointing().equals(chosen.checkpointing())).findFirst().orElseThrow();
        assertEquals(2 * chosen.expectedCostUsd(), twin.expectedCostUsd(), 1e-9);
        assertEquals(1, plan.options().stream().filter(PlanOption::chosen).count());
        // On-demand cost for comparison: 40 jobs x 4 h x $1.00.
        assertEquals(160.0, chosen.onDemandCostUsd(), 1e-9);
    }

    @Test
    void aDeadlineTheTransientVmsCannotMeetLeavesOnDemand() {
        // 4 h jobs on 4 VMs, 2 jobs each: on-demand takes exactly 8 h; any preemption makes Spot later than that.
        DatedPriceTable prices = new DatedPriceTable("test", "constructed", LocalDate.of(2026, 1, 1), List.of(
                new MachinePrice("n1-highcpu-8", 8, 7.2, 1.0, 0.25)));
        BagPlan plan = BagPlanner.plan(request(8, 32, List.of("n1-highcpu-8"), 4, 8.0, null), prices);
        PlanOption chosen = plan.chosen().orElseThrow();
        assertEquals(Provisioning.ON_DEMAND, chosen.provisioning());
        assertEquals(8.0, chosen.expectedMakespanHours(), 1e-12);
        // With time to spare, the cheaper transient VMs win.
        BagPlan relaxed = BagPlanner.plan(request(8, 32, List.of("n1-highcpu-8"), 4, 30.0, null), prices);
        assertTrue(relaxed.chosen().orElseThrow().provisioning() != Provisioning.ON_DEMAND);
    }

    @Test
    void aFasterMachineWinsWhenOnlyItMeetsTheDeadline() {
        // Same price per vCPU-hour; the 32-vCPU type finishes each job 4x sooner.
        DatedPriceTable prices = new DatedPriceTable("test", "constructed", LocalDate.of(2026, 1, 1), List.of(
                new MachinePrice("n1-highcpu-8", 8, 7.2, 0.8, 0.2),
                new MachinePrice("n1-highcpu-32", 32, 28.8, 3.2, 0.8)));
        BagPlan plan = BagPlanner.plan(request(10, 64, List.of("n1-highcpu-8", "n1-highcpu-32"), 10, 6.0, null), prices);
        assertEquals("n1-highcpu-32", plan.chosen().orElseThrow().machineType());
    }

    @Test
    void noOptionWithinBudgetMeansNoChoice() {
        BagPlan plan = BagPlanner.plan(request(10, 16, List.of("n1-highcpu-16"), 10, null, 0.01), DatedPriceTable.US_CENTRAL1);
        assertTrue(plan.chosen().isEmpty());
        assertFalse(plan.options().isEmpty());
    }

    @Test
    void autoPicksTheFewestVmsThatMeetTheDeadlineOnOnDemand() {
        PlanRequest r = new PlanRequest(20, 16, List.of("n1-highcpu-16"), null, 5.0, null, NONE,
                PlanRequest.DEFAULT_CHECKPOINT_COST_HOURS, new AttributedModel(new ExponentialModel(50), "test"));
        BagPlan plan = BagPlanner.plan(r, DatedPriceTable.US_CENTRAL1);
        PlanOption od = plan.options().stream().filter(o -> o.provisioning() == Provisioning.ON_DEMAND).findFirst().orElseThrow();
        assertEquals(4, od.vms()); // 1 h jobs, 5 h deadline: 5 jobs per VM, 20 jobs -> 4 VMs
        plan.options().stream().filter(o -> o.provisioning() == Provisioning.SPOT)
                .forEach(o -> assertTrue(o.makespanP95Hours() <= 5.0, o.toString()));
    }

    @Test
    void unknownMachineTypesAndBadNumbersAreNamed() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> BagPlanner.plan(request(10, 16, List.of("n9-mega-1"), 4, null, null), DatedPriceTable.US_CENTRAL1));
        assertEquals("machine-types", e.problems().getFirst().field());
        InvalidSpecException bad = assertThrows(InvalidSpecException.class,
                () -> request(0, -1, List.of("n1-highcpu-16"), 4, -2.0, null).validated());
        assertEquals(List.of("jobs", "job-core-hours", "deadline"), bad.problems().stream().map(p -> p.field()).toList());
        assertThrows(IllegalArgumentException.class, () -> CheckpointChoice.parse("often"));
        assertThrows(IllegalArgumentException.class, () -> CheckpointChoice.parse("-5"));
    }

    private static PlanRequest request(int jobs, double coreHours, List<String> types, Integer vms, Double deadline,
            Double budget) {
        return new PlanRequest(jobs, coreHours, types, vms, deadline, budget, NONE, PlanRequest.DEFAULT_CHECKPOINT_COST_HOURS, null);
    }
}
