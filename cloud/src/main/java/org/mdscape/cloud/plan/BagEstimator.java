package org.mdscape.cloud.plan;

import org.mdscape.cloud.preemption.PreemptionModel;

/**
 * Expected makespan (with its 5th and 95th percentiles), VM-hours and job failures of a bag on transient
 * VMs. One {@link SlotChain} run gives the completion-time distribution of a slot with k jobs and, on the
 * way, of one with k - 1; the makespan's distribution is the product of the slots' (they are independent),
 * its mean the sum over the grid of P(makespan > t) dt.
 */
final class BagEstimator {
    private BagEstimator() {
    }

    static BagEstimate estimate(PreemptionModel model, double jobHours, CheckpointSchedule schedule, int vms, int jobs,
            boolean ageMatching, double bootHours) {
        JobSegments job = schedule.segments(jobHours);
        // A piece no VM can outlive never completes: say so instead of stepping forever.
        if (model.conditionalSurvival(bootHours, job.wallHours()[0]) <= 0
                || Double.isFinite(model.supportEnd()) && maxPieceNeedingFreshVm(job, bootHours) >= model.supportEnd()) {
            return BagEstimate.never();
        }
        SlotAssignment slots = new SlotAssignment(vms, jobs);
        int k = slots.jobsPerFullSlot();
        AgeMatching matching = new AgeMatching(model, job, bootHours, ageMatching);
        SlotOutcome outcome = SlotChain.run(model, job, k, matching, bootHours);
        if (!outcome.bounded()) {
            return BagEstimate.never();
        }
        int length = outcome.jobDone()[k - 1].length + 1;
        double[] full = outcome.cdf(k, length);
        double[] shortOnes = outcome.cdf(k - 1, length);
        double dt = outcome.dtHours();
        double mean = 0;
        double p05 = Double.NaN;
        double p95 = Double.NaN;
        for (int b = 0; b < length; b++) {
            double g = Math.pow(full[b], slots.fullSlots()) * Math.pow(shortOnes[b], slots.shortSlots());
            mean += (1 - g) * dt;
            if (Double.isNaN(p05) && g >= 0.05) {
                p05 = b * dt;
            }
            if (Double.isNaN(p95) && g >= 0.95) {
                p95 = b * dt;
            }
        }
        double vmHours = slots.fullSlots() * outcome.meanHours(k) + slots.shortSlots() * outcome.meanHours(k - 1);
        double failedFull = 0;
        double preemptFull = 0;
        for (int j = 0; j < k; j++) {
            failedFull += outcome.failedJobs()[j];
            preemptFull += outcome.preemptions()[j];
        }
        double failedShort = failedFull - outcome.failedJobs()[k - 1];
        double preemptShort = preemptFull - outcome.preemptions()[k - 1];
        double failed = (slots.fullSlots() * failedFull + slots.shortSlots() * failedShort) / jobs;
        double preempt = (slots.fullSlots() * preemptFull + slots.shortSlots() * preemptShort) / jobs;
        return new BagEstimate(mean, p05, p95, vmHours, failed, preempt, true);
    }

    /** The longest stretch a fresh VM must survive in one go: a piece plus its restore (and boot). */
    private static double maxPieceNeedingFreshVm(JobSegments job, double bootHours) {
        double longest = 0;
        for (int i = 0; i < job.count(); i++) {
            longest = Math.max(longest, bootHours + job.resumeHours()[i] + job.wallHours()[i]);
        }
        return longest;
    }
}
