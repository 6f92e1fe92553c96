package org.mdscape.app.viewmodel;

import java.util.Locale;

/**
 * One row of the Plan screen: a place the sweep could run and what it would cost and take.
 *
 * @param place            "This computer" or "Google Cloud"
 * @param machine          "2 cores" or a machine type
 * @param provisioning     "local", "spot", "preemptible", "on-demand"
 * @param makespanHours    expected time until the last job ends
 * @param makespanP05Hours 5th percentile (equal to the expectation where nothing is random)
 * @param makespanP95Hours 95th percentile
 * @param costUsd          expected cost (0 on this computer: its running cost is not counted)
 * @param feasible         meets the deadline and the budget
 * @param launchable       an executor for this place exists
 * @param launchNote       why it cannot be launched, or "" when it can
 */
public record PlanRow(String place, String machine, int vms, String provisioning, String checkpointing,
                      double makespanHours, double makespanP05Hours, double makespanP95Hours, double costUsd,
                      double failureProbability, boolean feasible, boolean chosen, boolean launchable, String launchNote) {

    public boolean local() {
        return "local".equals(provisioning);
    }

    PlanRow chosen(boolean c) {
        return new PlanRow(place, machine, vms, provisioning, checkpointing, makespanHours, makespanP05Hours,
                makespanP95Hours, costUsd, failureProbability, feasible, c, launchable, launchNote);
    }

    /** "4 x n1-highcpu-16 spot, checkpoints model-based (DP)" */
    public String describe() {
        if (local()) {
            return "this computer (" + machine + ")";
        }
        return String.format(Locale.ROOT, "%d x %s %s, checkpoints %s", vms, machine, provisioning, checkpointing);
    }

    /** The makespan with its 90% interval: "1.2 h (1.1-1.5 h)". */
    public String makespanText() {
        if (!Double.isFinite(makespanHours)) {
            return "never finishes";
        }
        if (makespanP95Hours - makespanP05Hours < 1e-9) {
            return Numbers.duration(makespanHours);
        }
        return Numbers.duration(makespanHours) + " (" + Numbers.duration(makespanP05Hours) + " to "
                + Numbers.duration(makespanP95Hours) + ")";
    }
}
