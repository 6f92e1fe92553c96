package org.mdscape.cloud.plan;

/**
 * N jobs dealt to K VM slots ahead of time: the first {@link #fullSlots()} slots get
 * {@link #jobsPerFullSlot()} jobs and the rest one fewer. Fixed queues (rather than a shared queue) keep
 * the estimate exact: slots are then independent, and the makespan is the maximum of independent slot times.
 */
record SlotAssignment(int vms, int jobs) {
    SlotAssignment {
        if (vms < 1 || jobs < 1) {
            throw new IllegalArgumentException("need at least one VM and one job (got " + vms + ", " + jobs + ")");
        }
        vms = Math.min(vms, jobs); // a VM without a job is never started
    }

    int jobsPerFullSlot() {
        return (jobs + vms - 1) / vms;
    }

    int fullSlots() {
        return jobs - vms * (jobsPerFullSlot() - 1);
    }

    int shortSlots() {
        return vms - fullSlots();
    }
}
