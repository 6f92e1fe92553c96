package org.mdscape.engine.campaign;

import java.util.Map;

/**
 * One job as a campaign's job table shows it.
 *
 * @param point          the point's parameter values, in the spec's order
 * @param stepsDone      steps finished (running jobs: as of their last heartbeat)
 * @param attempts       attempts recorded, crashed ones included
 * @param runtimeSeconds wall time over all attempts (a running attempt up to its last heartbeat)
 * @param message        the last attempt's message (why it failed or stopped), or "" when none
 */
public record JobOverview(long jobId, long pointId, int replica, Map<String, Double> point, JobState state,
                          long stepsDone, long stepsTotal, int attempts, double runtimeSeconds, String message) {

    /** Fraction of the steps done, in [0, 1]. */
    public double progress() {
        return stepsTotal <= 0 ? 0 : Math.min(1.0, (double) stepsDone / stepsTotal);
    }
}
