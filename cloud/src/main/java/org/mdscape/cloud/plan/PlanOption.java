package org.mdscape.cloud.plan;

/**
 * One row of the plan table.
 *
 * @param checkpointing      "none", "model-based (DP)" or "every N min" (on-demand rows: "none")
 * @param onDemandCostUsd    what the same bag costs on on-demand VMs of the same type, for comparison
 * @param failureProbability the fraction of jobs expected to be preempted at least once
 */
public record PlanOption(String machineType, int vms, Provisioning provisioning, String checkpointing,
        double expectedMakespanHours, double makespanP05Hours, double makespanP95Hours, double expectedCostUsd,
        double onDemandCostUsd, double failureProbability, boolean meetsDeadline, boolean withinBudget, boolean chosen) {

    PlanOption choose() {
        return new PlanOption(machineType, vms, provisioning, checkpointing, expectedMakespanHours, makespanP05Hours,
                makespanP95Hours, expectedCostUsd, onDemandCostUsd, failureProbability, meetsDeadline, withinBudget, true);
    }

    /** Meets the deadline and the budget, and finishes at all. */
    public boolean feasible() {
        return meetsDeadline && withinBudget && Double.isFinite(expectedCostUsd);
    }
}
