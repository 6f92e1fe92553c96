package org.mdscape.engine.campaign;

import java.util.Map;

/**
 * A campaign at a glance.
 *
 * @param jobsByState      job counts by state (every state present, 0 where none)
 * @param stepsDone        steps finished over all jobs (running ones as of their last heartbeat)
 * @param stepsTotal       steps of all jobs
 * @param attempts         attempts recorded, crashed ones included
 * @param jobsPerHour      finished jobs per hour between the first attempt and the last result, or NaN
 * @param etaSeconds       remaining steps at the rate of the finished work, or NaN
 */
public record CampaignStatus(String name, String model, boolean cancelled, Map<JobState, Integer> jobsByState,
                             long stepsDone, long stepsTotal, long attempts, double jobsPerHour, double etaSeconds) {

    public int jobs() {
        return jobsByState.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(JobState s) {
        return jobsByState.getOrDefault(s, 0);
    }
}
