package org.mdscape.cloud.plan;

/**
 * Monte-Carlo results for a bag: means with their standard errors, and the makespan's 5th and 95th percentiles.
 */
record SimulatedBag(int replications, double meanMakespanHours, double makespanStandardError,
        double makespanP05Hours, double makespanP95Hours, double meanVmHours, double vmHoursStandardError,
        double failureProbability, double preemptionsPerJob) {
}
