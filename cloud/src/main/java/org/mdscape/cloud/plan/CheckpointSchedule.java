package org.mdscape.cloud.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a job checkpoints, in hours of work done (not wall-clock time), and what a checkpoint costs.
 *
 * @param atWorkHours  ascending, each strictly inside (0, job length)
 * @param costHours    wall time to write one checkpoint
 * @param restartHours wall time to read one back on a fresh VM before work resumes
 * @param label        how it was planned, for reports ("none", "model-based (DP)", "Young-Daly", "every 30 min")
 */
public record CheckpointSchedule(List<Double> atWorkHours, double costHours, double restartHours, String label) {
    public CheckpointSchedule {
        atWorkHours = List.copyOf(atWorkHours);
        double previous = 0;
        for (double c : atWorkHours) {
            if (!(c > previous)) {
                throw new IllegalArgumentException("checkpoint positions must be ascending and positive: " + atWorkHours);
            }
            previous = c;
        }
        if (!(costHours >= 0) || !(restartHours >= 0)) {
            throw new IllegalArgumentException("checkpoint and restart costs must be >= 0");
        }
    }

    public static CheckpointSchedule none() {
        return new CheckpointSchedule(List.of(), 0, 0, "none");
    }

    /** Every {@code intervalHours} of work, the last one strictly before the end. */
    public static CheckpointSchedule every(double intervalHours, double jobHours, double costHours, double restartHours,
            String label) {
        if (!(intervalHours > 0)) {
            throw new IllegalArgumentException("checkpoint interval must be positive (got " + intervalHours + ")");
        }
        List<Double> at = new ArrayList<>();
        for (int k = 1; k * intervalHours < jobHours * (1 - 1e-12); k++) {
            at.add(k * intervalHours);
        }
        return new CheckpointSchedule(at, costHours, restartHours, label);
    }

    /** The job cut into segments that each end in a checkpoint (or the job's end), for a job of this length. */
    JobSegments segments(double jobHours) {
        int m = atWorkHours.size();
        if (m > 0 && atWorkHours.getLast() >= jobHours) {
            throw new IllegalArgumentException("a checkpoint at " + atWorkHours.getLast() + " h lies beyond the job's end "
                    + jobHours + " h");
        }
        double[] wall = new double[m + 1];
        double[] resume = new double[m + 1];
        double previous = 0;
        for (int i = 0; i <= m; i++) {
            double end = i < m ? atWorkHours.get(i) : jobHours;
            wall[i] = end - previous + (i < m ? costHours : 0);
            resume[i] = i == 0 ? 0 : restartHours;
            previous = end;
        }
        return new JobSegments(wall, resume);
    }
}
