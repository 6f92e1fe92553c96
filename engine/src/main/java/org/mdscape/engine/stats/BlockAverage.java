package org.mdscape.engine.stats;

/**
 * Mean of a correlated time series with its standard error from block averaging (Flyvbjerg and
 * Petersen 1989): the series is halved into blocks of doubling length; once blocks are longer than
 * the correlation time their means are independent and the naive error estimate reaches a plateau.
 * We report the largest estimate among levels that still have at least 16 blocks (conservative).
 */
public record BlockAverage(double mean, double standardError, int samples) {

    public static BlockAverage of(double[] series) {
        int n = series.length;
        if (n == 0) {
            return new BlockAverage(Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        for (double v : series) {
            sum += v;
        }
        double mean = sum / n;
        if (n < 2) {
            return new BlockAverage(mean, Double.NaN, n);
        }
        double[] blocks = series.clone();
        int m = n;
        double best = 0;
        while (m >= 16) {
            double var = 0;
            double blockMean = 0;
            for (int i = 0; i < m; i++) {
                blockMean += blocks[i];
            }
            blockMean /= m;
            for (int i = 0; i < m; i++) {
                double d = blocks[i] - blockMean;
                var += d * d;
            }
            var /= (m - 1);
            best = Math.max(best, Math.sqrt(var / m));
            int half = m / 2;
            for (int i = 0; i < half; i++) {
                blocks[i] = 0.5 * (blocks[2 * i] + blocks[2 * i + 1]);
            }
            m = half;
        }
        if (n < 16) {
            double var = 0;
            for (double v : series) {
                var += (v - mean) * (v - mean);
            }
            best = Math.sqrt(var / (n - 1) / n);
        }
        return new BlockAverage(mean, best, n);
    }
}
