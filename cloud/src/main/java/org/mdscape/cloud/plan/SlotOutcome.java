package org.mdscape.cloud.plan;

/**
 * What one VM slot does with its queue of jobs, as distributions on a time grid of step {@code dtHours}.
 *
 * @param jobDone          jobDone[j][b]: probability that the slot's job j + 1 finishes at time b * dt
 *                         (so jobDone[j] is the completion time of a slot given j + 1 jobs)
 * @param failedJobs       failedJobs[j]: probability that job j + 1 was preempted at least once
 * @param preemptions      preemptions[j]: expected preemptions during job j + 1
 * @param bounded          false when some mass never finishes (a job longer than any VM can live)
 */
record SlotOutcome(double dtHours, double[][] jobDone, double[] failedJobs, double[] preemptions, boolean bounded) {
    int jobs() {
        return jobDone.length;
    }

    /** E[completion time of a slot with {@code jobs} jobs]. */
    double meanHours(int jobs) {
        if (jobs == 0) {
            return 0;
        }
        double[] p = jobDone[jobs - 1];
        double mean = 0;
        for (int b = 0; b < p.length; b++) {
            mean += p[b] * b * dtHours;
        }
        return mean;
    }

    /** P(a slot with {@code jobs} jobs is done by time b * dt), for every b. */
    double[] cdf(int jobs, int length) {
        double[] c = new double[length];
        if (jobs == 0) {
            java.util.Arrays.fill(c, 1.0);
            return c;
        }
        double[] p = jobDone[jobs - 1];
        double sum = 0;
        for (int b = 0; b < length; b++) {
            sum += b < p.length ? p[b] : 0;
            c[b] = Math.min(1.0, sum);
        }
        return c;
    }
}
