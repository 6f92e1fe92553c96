package org.mdscape.engine.uq;

import java.util.Arrays;

/**
 * The spread of a curve across propagated samples, point by point: median, the 25–75% and 5–95% ranges.
 * Quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7, as R and NumPy).
 */
public record Band(double[] p05, double[] p25, double[] median, double[] p75, double[] p95) {

    /** @param samples [sample][point] */
    public static Band of(double[][] samples) {
        int points = samples[0].length, n = samples.length;
        double[][] q = new double[5][points];
        double[] column = new double[n];
        double[] levels = {0.05, 0.25, 0.5, 0.75, 0.95};
        for (int p = 0; p < points; p++) {
            for (int j = 0; j < n; j++) {
                column[j] = samples[j][p];
            }
            Arrays.sort(column);
            for (int l = 0; l < levels.length; l++) {
                q[l][p] = quantile(column, levels[l]);
            }
        }
        return new Band(q[0], q[1], q[2], q[3], q[4]);
    }

    static double quantile(double[] sorted, double level) {
        double h = (sorted.length - 1) * level;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
