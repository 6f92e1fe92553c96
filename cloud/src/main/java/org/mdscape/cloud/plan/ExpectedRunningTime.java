package org.mdscape.cloud.plan;

import org.mdscape.cloud.preemption.PreemptionModel;

/**
 * SciSpot's expected running time of one job of length T (hours of work, no checkpoints) on a VM that
 * is already {@code s} hours old (DESIGN.md section 5). With X the VM's remaining life given that it
 * reached age s, the expected work lost to a preemption is
 * W_s = E[X; X < T] = (integral of S over [s, s+T] - T S(s+T)) / S(s),
 * which is "t - s" wasted work weighted by the conditional density.
 */
public final class ExpectedRunningTime {
    private ExpectedRunningTime() {
    }

    /** P(the VM is preempted before the job ends) = 1 - S(s+T)/S(s). */
    public static double failureProbability(PreemptionModel model, double hours, double vmAgeHours) {
        return 1.0 - model.conditionalSurvival(vmAgeHours, hours);
    }

    /** Expected work lost, E[X; X < L], for a VM of age {@code ageHours} running {@code hours} more. */
    public static double expectedWastedHours(PreemptionModel model, double ageHours, double hours) {
        double sa = model.survival(ageHours);
        if (sa <= 0) {
            return 0.0;
        }
        double w = (model.integratedSurvival(ageHours, ageHours + hours) - hours * model.survival(ageHours + hours)) / sa;
        return Math.max(0.0, w);
    }

    /**
     * The paper's one-preemption formula: T + E[X; X < T]. It assumes the rerun after a preemption
     * completes; for s = 0 it is T + integral from 0 to T of t f(t) dt.
     */
    public static double onePreemption(PreemptionModel model, double hours, double vmAgeHours) {
        return hours + expectedWastedHours(model, vmAgeHours, hours);
    }

    /**
     * Restarts until done. The first attempt runs on the VM of age s; every restart runs on a fresh VM
     * (a preempted VM is gone), so with p0 = F(T) and W0 the wasted work on a fresh VM:
     * E = (1 - p_s) T + W_s + p_s (T + W0 / (1 - p0)). For s = 0 this is DESIGN.md's
     * T + F(T)/(1 - F(T)) E[W1] with E[W1] = W0 / F(T). Infinite when no VM can outlive the job.
     */
    public static double renewal(PreemptionModel model, double hours, double vmAgeHours) {
        double p0 = failureProbability(model, hours, 0.0);
        double freshRestarts = p0 >= 1 ? Double.POSITIVE_INFINITY
                : hours + expectedWastedHours(model, 0.0, hours) / (1 - p0);
        double ps = failureProbability(model, hours, vmAgeHours);
        if (ps <= 0) {
            return hours + expectedWastedHours(model, vmAgeHours, hours);
        }
        return (1 - ps) * hours + expectedWastedHours(model, vmAgeHours, hours) + ps * freshRestarts;
    }
}
