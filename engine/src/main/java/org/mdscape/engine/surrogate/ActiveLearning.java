package org.mdscape.engine.surrogate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Chooses which unsimulated points to simulate next: those where the ensemble is least sure (largest
 * spread), in batches that do not waste several simulations on near-duplicates. Greedy selection: each
 * pick discounts the candidates near it by 1 − exp(−r²/2ℓ²), r the distance in scaled inputs and ℓ the
 * median nearest-neighbour distance of the candidates, so a batch spreads over the uncertain regions
 * instead of piling into the single most uncertain one.
 */
public final class ActiveLearning {
    private ActiveLearning() {
    }

    /**
     * Uncertainty of each point: mean over the grid nodes inside its half-channel of the ensemble's spread
     * of ρ/c, both species.
     */
    public static double[] spread(SurrogateEnsemble e, List<Map<String, Double>> points, List<Double> halfChannels) {
        float[][][] g = e.predictGrid(points);
        ProfileGrid grid = e.grid();
        int members = g.length, size = grid.size();
        double[] out = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double sum = 0;
            int n = 0;
            for (int s = 0; s < 2; s++) {
                for (int k = 0; k < size; k++) {
                    if (grid.x(k) > halfChannels.get(i)) {
                        break;
                    }
                    double mean = 0, sq = 0;
                    for (int m = 0; m < members; m++) {
                        double v = g[m][i][s * size + k];
                        mean += v;
                        sq += v * v;
                    }
                    mean /= members;
                    sum += Math.sqrt(Math.max(0, (sq - members * mean * mean) / (members - 1)));
                    n++;
                }
            }
            out[i] = n == 0 ? 0 : sum / n;
        }
        return out;
    }

    /**
     * Indices of {@code batch} points to simulate next, in order of choice, from candidates with scaled
     * inputs {@code x} and uncertainty {@code score}.
     */
    public static List<Integer> select(double[][] x, double[] score, int batch) {
        int n = x.length;
        double length = medianNearestNeighbour(x);
        double[] discounted = score.clone();
        boolean[] taken = new boolean[n];
        List<Integer> out = new ArrayList<>();
        for (int pick = 0; pick < Math.min(batch, n); pick++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!taken[i] && (best < 0 || discounted[i] > discounted[best])) {
                    best = i;
                }
            }
            taken[best] = true;
            out.add(best);
            for (int i = 0; i < n; i++) {
                if (!taken[i] && length > 0) {
                    double r2 = distanceSquared(x[i], x[best]);
                    discounted[i] *= 1 - Math.exp(-r2 / (2 * length * length));
                }
            }
        }
        return out;
    }

    static double medianNearestNeighbour(double[][] x) {
        int n = x.length;
        if (n < 2) {
            return 0;
        }
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    best = Math.min(best, distanceSquared(x[i], x[j]));
                }
            }
            nearest[i] = Math.sqrt(best);
        }
        Arrays.sort(nearest);
        return nearest[n / 2];
    }

    private static double distanceSquared(double[] a, double[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            double t = a[d] - b[d];
            s += t * t;
        }
        return s;
    }
}
