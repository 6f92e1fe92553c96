package org.mdscape.engine.stats;

/** Ordinary least-squares line y = intercept + slope x. */
public record LinearFit(double slope, double intercept) {
    public static LinearFit of(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return new LinearFit(Double.NaN, n == 1 ? y[0] : Double.NaN);
        }
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxx == 0 ? Double.NaN : sxy / sxx;
        return new LinearFit(slope, my - slope * mx);
    }
}
