package org.mdscape.cloud.plan;

import org.mdscape.cloud.preemption.PreemptionModel;

/**
 * The exact expected wall time of one job under a fixed checkpoint schedule, restarting on fresh VMs
 * until done. A state is (piece i, the piece at which the current VM started), because that fixes the
 * VM's age; a preemption during piece i always resumes at piece i on a new VM, so the expectation
 * closes piece by piece from the end: O(pieces^2) and no sampling.
 */
public final class CheckpointedJob {
    private CheckpointedJob() {
    }

    /**
     * @param vmAgeHours age of the VM the job starts on
     * @param bootHours  wall time before a replacement VM can start work (0 in the paper's formulas)
     */
    public static double expectedHours(PreemptionModel model, double jobHours, CheckpointSchedule schedule,
            double vmAgeHours, double bootHours) {
        return expectedHours(model, schedule.segments(jobHours), vmAgeHours, bootHours);
    }

    static double expectedHours(PreemptionModel model, JobSegments job, double vmAgeHours, double bootHours) {
        int m = job.count();
        double[] wall = job.wallHours();
        double[] prefix = new double[m + 1];
        for (int i = 0; i < m; i++) {
            prefix[i + 1] = prefix[i] + wall[i];
        }
        // next[v] holds E(i + 1, v) while piece i is processed; index m stands for the original VM.
        double[] next = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int i = m - 1; i >= 0; i--) {
            double restart = bootHours + job.resumeHours()[i];
            // Fresh VM started for piece i: E(i,i) = [q (L + E(i+1,i)) + w + p restart] / q.
            double ageFresh = restart;
            double q = model.conditionalSurvival(ageFresh, wall[i]);
            double w = ExpectedRunningTime.expectedWastedHours(model, ageFresh, wall[i]);
            double fresh = q <= 0 ? Double.POSITIVE_INFINITY : (q * (wall[i] + next[i]) + w + (1 - q) * restart) / q;
            cur[i] = fresh;
            for (int v = 0; v < i; v++) {
                cur[v] = step(model, wall[i], job.resumeHours()[v] + bootHours + prefix[i] - prefix[v],
                        next[v], fresh, restart);
            }
            cur[m] = step(model, wall[i], vmAgeHours + prefix[i], next[m], fresh, restart);
            double[] t = next;
            next = cur;
            cur = t;
        }
        return next[m];
    }

    private static double step(PreemptionModel model, double wall, double age, double after, double fresh,
            double restart) {
        double q = model.conditionalSurvival(age, wall);
        double w = ExpectedRunningTime.expectedWastedHours(model, age, wall);
        double success = q > 0 ? q * (wall + after) : 0.0;
        double p = 1 - q;
        return success + w + (p > 0 ? p * (restart + fresh) : 0.0);
    }

    /** P(at least one preemption while the job runs), for a job whose first attempt starts at this VM age. */
    public static double failureProbability(PreemptionModel model, double jobHours, CheckpointSchedule schedule,
            double vmAgeHours) {
        return 1 - model.conditionalSurvival(vmAgeHours, schedule.segments(jobHours).totalWallHours());
    }
}
