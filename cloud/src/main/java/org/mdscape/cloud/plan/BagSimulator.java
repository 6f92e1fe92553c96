package org.mdscape.cloud.plan;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.mdscape.cloud.preemption.LifetimeSource;
import org.mdscape.cloud.preemption.PreemptionModel;

/**
 * Replays a plan event by event against VM lifetimes from a {@link LifetimeSource}: lifetimes sampled from
 * a model, or resampled from real VMs with censoring respected. Each slot works through its queue of jobs
 * piece by piece; a VM dies when its sampled lifetime runs out, the piece in progress is lost and a new VM
 * (with a new lifetime) resumes from the last checkpoint. With age matching, a job about to start on an old
 * VM gets a fresh one when the {@link AgeMatching} rule says so. Written independently of
 * {@link SlotChain}, whose estimates it checks.
 */
final class BagSimulator {
    private BagSimulator() {
    }

    /**
     * @param decisionModel the model the plan's age-matching decisions use (the lifetimes need not follow it)
     */
    static SimulatedBag simulate(LifetimeSource lifetimes, PreemptionModel decisionModel, double jobHours,
            CheckpointSchedule schedule, int vms, int jobs, boolean ageMatching, double bootHours, int replications,
            RandomGenerator random) {
        JobSegments job = schedule.segments(jobHours);
        SlotAssignment slots = new SlotAssignment(vms, jobs);
        AgeMatching matching = new AgeMatching(decisionModel, job, bootHours, ageMatching);
        double[] makespans = new double[replications];
        double sumVm = 0;
        double sumVmSq = 0;
        long failedJobs = 0;
        long preemptions = 0;
        for (int r = 0; r < replications; r++) {
            double makespan = 0;
            double vmHours = 0;
            for (int s = 0; s < slots.vms(); s++) {
                int queue = s < slots.fullSlots() ? slots.jobsPerFullSlot() : slots.jobsPerFullSlot() - 1;
                double clock = bootHours;
                double age = bootHours;
                double life = freshLife(lifetimes, random, age);
                for (int j = 0; j < queue; j++) {
                    if (matching.replace(age)) {
                        clock += bootHours;
                        age = bootHours;
                        life = freshLife(lifetimes, random, age);
                    }
                    boolean failed = false;
                    int piece = 0;
                    while (piece < job.count()) {
                        double wall = job.wallHours()[piece];
                        if (life - age >= wall) {
                            clock += wall;
                            age += wall;
                            piece++;
                        } else {
                            clock += life - age;
                            preemptions++;
                            failed = true;
                            double restart = bootHours + job.resumeHours()[piece];
                            clock += restart;
                            age = restart;
                            life = freshLife(lifetimes, random, age);
                        }
                    }
                    if (failed) {
                        failedJobs++;
                    }
                }
                makespan = Math.max(makespan, clock);
                vmHours += clock;
            }
            makespans[r] = makespan;
            sumVm += vmHours;
            sumVmSq += vmHours * vmHours;
        }
        double mean = Arrays.stream(makespans).average().orElse(0);
        double var = Arrays.stream(makespans).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, replications - 1);
        double meanVm = sumVm / replications;
        double varVm = Math.max(0, sumVmSq / replications - meanVm * meanVm) * replications / Math.max(1, replications - 1);
        double[] sorted = makespans.clone();
        Arrays.sort(sorted);
        return new SimulatedBag(replications, mean, Math.sqrt(var / replications),
                sorted[(int) Math.floor(0.05 * (replications - 1))], sorted[(int) Math.ceil(0.95 * (replications - 1))],
                meanVm, Math.sqrt(varVm / replications), (double) failedJobs / ((long) jobs * replications),
                (double) preemptions / ((long) jobs * replications));
    }

    /** A new VM's lifetime, given that it got through its boot and restore (as the estimator assumes). */
    private static double freshLife(LifetimeSource lifetimes, RandomGenerator random, double mustReach) {
        for (int tries = 0; tries < 1_000_000; tries++) {
            double life = lifetimes.nextLifetimeHours(random);
            if (life >= mustReach) {
                return life;
            }
        }
        throw new IllegalStateException("no VM lives long enough to boot and restore (" + mustReach + " h)");
    }
}
