package org.mdscape.cloud.plan;

import org.mdscape.cloud.preemption.PreemptionModel;

/**
 * Job-VM age matching (SciSpot): before a job starts on a VM that is already {@code age} hours old, compare
 * the job's expected running time there (conditioned on the VM having reached that age) with its expected
 * running time on a fresh VM, and replace the VM when fresh is better. On the bathtub this keeps VMs through
 * their quiet middle age and retires them before the 24 h wear-out; with {@code enabled == false} jobs go to
 * whatever VM is free ("memoryless" scheduling).
 */
final class AgeMatching {
    private final PreemptionModel model;
    private final JobSegments job;
    private final double bootHours;
    private final boolean enabled;
    private final double freshHours;

    AgeMatching(PreemptionModel model, JobSegments job, double bootHours, boolean enabled) {
        this.model = model;
        this.job = job;
        this.bootHours = bootHours;
        this.enabled = enabled;
        this.freshHours = enabled ? bootHours + CheckpointedJob.expectedHours(model, job, bootHours, bootHours) : 0;
    }

    boolean enabled() {
        return enabled;
    }

    /** True when the job should get a fresh VM instead of this one. */
    boolean replace(double ageHours) {
        if (!enabled || ageHours <= bootHours) {
            return false;
        }
        return freshHours < CheckpointedJob.expectedHours(model, job, ageHours, bootHours);
    }
}
