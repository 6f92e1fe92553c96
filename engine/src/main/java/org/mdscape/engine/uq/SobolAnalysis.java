package org.mdscape.engine.uq;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Variance-based global sensitivity analysis of any model evaluated in batches: first-order and total Sobol
 * indices by Saltelli's sampling scheme (two quasi-random matrices A and B from one Sobol sequence of twice
 * the inputs' dimension, and for each varying input i the matrix A with column i taken from B), Saltelli's
 * 2010 estimator for the first-order index and Jansen's for the total, with bootstrap percentile intervals.
 * Costs N (2 + k) model evaluations for N base samples and k varying inputs.
 */
public final class SobolAnalysis {
    private SobolAnalysis() {
    }

    /** An estimate with its 95% bootstrap interval. */
    public record Estimate(double value, double low, double high) {
    }

    /**
     * @param samplesA the model's outputs on matrix A (the propagated distribution: N × outputs)
     * @param first    [output][input] first-order indices (null for inputs that do not vary)
     * @param total    [output][input] total indices (null for inputs that do not vary)
     */
    public record Result(double[][] inputsA, double[][] samplesA, double[] mean, double[] variance, Estimate[][] first,
                         Estimate[][] total, int evaluations) {
    }

    /**
     * @param model     maps an n × k matrix of inputs (physical values) to n × q outputs
     * @param toInputs  maps a point u of the unit cube [0, 1)^k to the inputs (the inverse CDFs)
     * @param varies    which inputs vary (the others get no indices and no extra evaluations)
     * @param n         base samples N
     * @param bootstrap bootstrap resamples for the intervals (0: none)
     */
    public static Result run(Function<double[][], double[][]> model, Function<double[], double[]> toInputs, boolean[] varies,
                             int n, int bootstrap, long seed) {
        int k = varies.length;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1); // the first point is the origin: a corner, twice
        double[][] a = new double[n][], b = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] u = sobol.nextVector();
            a[j] = toInputs.apply(Arrays.copyOfRange(u, 0, k));
            b[j] = toInputs.apply(Arrays.copyOfRange(u, k, 2 * k));
        }
        double[][] fa = model.apply(a), fb = model.apply(b);
        int q = fa[0].length, evaluations = 2 * n;
        double[][][] fab = new double[k][][];
        for (int i = 0; i < k; i++) {
            if (!varies[i]) {
                continue;
            }
            double[][] ab = new double[n][];
            for (int j = 0; j < n; j++) {
                ab[j] = a[j].clone();
                ab[j][i] = b[j][i];
            }
            fab[i] = model.apply(ab);
            evaluations += n;
        }
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][][] point = indices(fa, fb, fab, all);
        double[][][][] boot = new double[bootstrap][][][];
        Random r = new Random(seed);
        for (int t = 0; t < bootstrap; t++) {
            int[] pick = new int[n];
            for (int j = 0; j < n; j++) {
                pick[j] = r.nextInt(n);
            }
            boot[t] = indices(fa, fb, fab, pick);
        }
        Estimate[][] first = new Estimate[q][k], total = new Estimate[q][k];
        for (int o = 0; o < q; o++) {
            for (int i = 0; i < k; i++) {
                if (fab[i] == null) {
                    continue;
                }
                first[o][i] = estimate(point[0][o][i], boot, 0, o, i);
                total[o][i] = estimate(point[1][o][i], boot, 1, o, i);
            }
        }
        double[] mean = new double[q], var = new double[q];
        for (int o = 0; o < q; o++) {
            double[] m = moments(fa, fb, all, o);
            mean[o] = m[0];
            var[o] = m[1];
        }
        return new Result(a, fa, mean, var, first, total, evaluations);
    }

    private static Estimate estimate(double value, double[][][][] boot, int kind, int o, int i) {
        if (boot.length == 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double[] v = new double[boot.length];
        for (int t = 0; t < boot.length; t++) {
            v[t] = boot[t][kind][o][i];
        }
        Arrays.sort(v);
        return new Estimate(value, v[(int) Math.floor(0.025 * (v.length - 1))], v[(int) Math.ceil(0.975 * (v.length - 1))]);
    }

    /** Mean and variance of an output over the rows {@code rows} of A and B together. */
    private static double[] moments(double[][] fa, double[][] fb, int[] rows, int o) {
        double s = 0, s2 = 0;
        for (int j : rows) {
            s += fa[j][o] + fb[j][o];
            s2 += fa[j][o] * fa[j][o] + fb[j][o] * fb[j][o];
        }
        int m = 2 * rows.length;
        double mean = s / m;
        return new double[] {mean, Math.max(0, s2 / m - mean * mean)};
    }

    /** [first|total][output][input] over the given rows. */
    private static double[][][] indices(double[][] fa, double[][] fb, double[][][] fab, int[] rows) {
        int q = fa[0].length, k = fab.length;
        double[][][] out = new double[2][q][k];
        for (int o = 0; o < q; o++) {
            double[] m = moments(fa, fb, rows, o);
            double mean = m[0], var = m[1];
            for (int i = 0; i < k; i++) {
                if (fab[i] == null) {
                    continue;
                }
                double s1 = 0, st = 0;
                for (int j : rows) {
                    double d = fab[i][j][o] - fa[j][o];
                    // Centred: E[f(B) - mean] (f(AB) - f(A)) is the same in expectation, with far less noise
                    // when the output's mean is large against its spread (densities are).
                    s1 += (fb[j][o] - mean) * d;
                    st += d * d;
                }
                out[0][o][i] = var > 0 ? s1 / rows.length / var : 0;
                out[1][o][i] = var > 0 ? st / (2.0 * rows.length) / var : 0;
            }
        }
        return out;
    }
}
