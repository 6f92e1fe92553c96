package org.mdscape.cloud.preemption;

/**
 * One VM's life: how long it lived and whether it ended in a preemption. A VM its user stopped
 * ({@code preempted == false}) says only that its lifetime was longer: a right-censored observation.
 */
public record PreemptionRecord(double lifetimeHours, boolean preempted, String machineType, String zone) {
    public PreemptionRecord {
        if (!(lifetimeHours >= 0) || Double.isInfinite(lifetimeHours)) {
            throw new IllegalArgumentException("a lifetime must be a finite number of hours >= 0 (got " + lifetimeHours + ")");
        }
        machineType = machineType == null ? "" : machineType;
        zone = zone == null ? "" : zone;
    }
}
