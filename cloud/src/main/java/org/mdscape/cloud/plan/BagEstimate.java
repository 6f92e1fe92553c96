package org.mdscape.cloud.plan;

/**
 * Expected outcome of running a bag on a set of VM slots.
 *
 * @param expectedVmHours    VM-hours billed, summed over slots (each slot's VM is released when its queue is done)
 * @param failureProbability the fraction of jobs expected to be preempted at least once
 * @param preemptionsPerJob  expected preemptions per job
 * @param bounded            false when the bag would never finish (a piece of work longer than any VM lives)
 */
record BagEstimate(double expectedMakespanHours, double makespanP05Hours, double makespanP95Hours,
        double expectedVmHours, double failureProbability, double preemptionsPerJob, boolean bounded) {

    static BagEstimate never() {
        double inf = Double.POSITIVE_INFINITY;
        return new BagEstimate(inf, inf, inf, inf, 1.0, inf, false);
    }
}
