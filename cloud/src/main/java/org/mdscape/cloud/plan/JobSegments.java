package org.mdscape.cloud.plan;

/**
 * A job as the VM sees it: pieces of wall time, each ending in a checkpoint (or the job's end). A preemption
 * during piece i loses that piece; a fresh VM then spends {@code resumeHours[i]} reading the checkpoint
 * before redoing it.
 */
record JobSegments(double[] wallHours, double[] resumeHours) {
    int count() {
        return wallHours.length;
    }

    double totalWallHours() {
        double sum = 0;
        for (double w : wallHours) {
            sum += w;
        }
        return sum;
    }

    double shortest() {
        double min = Double.POSITIVE_INFINITY;
        for (double w : wallHours) {
            min = Math.min(min, w);
        }
        return min;
    }
}
