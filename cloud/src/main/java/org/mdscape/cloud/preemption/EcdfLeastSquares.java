package org.mdscape.cloud.preemption;

import java.util.Arrays;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * The authors' fit: the bathtub formula (unclamped) to the empirical CDF i/n of the preempted lifetimes,
 * by Levenberg-Marquardt least squares. Stopped VMs are ignored, which treats "preempted by t, given it was
 * preempted at all" as the lifetime distribution; {@link CensoredMaximumLikelihood} does it properly.
 */
public final class EcdfLeastSquares {
    public static final String METHOD = "least squares to the ECDF of preempted VMs (the authors' method)";

    private EcdfLeastSquares() {
    }

    public static FittedModel fitBathtub(PreemptionHistory history) {
        double[] t = history.preemptedLifetimes();
        int n = t.length;
        if (n < 5) {
            throw new IllegalArgumentException("a bathtub fit needs at least 5 preempted VMs (got " + n + ")");
        }
        double[] ecdf = new double[n];
        for (int i = 0; i < n; i++) {
            ecdf[i] = (i + 1.0) / n;
        }
        // Parameters: ln tau1, ln tau2, A, b; the logs keep the time scales positive.
        double[] start = {Math.log(1.0), Math.log(1.0), ecdfAt(t, 0.5 * t[n - 1]), t[n - 1]};
        LeastSquaresOptimizer.Optimum best = null;
        for (double[] s : new double[][] {start, {Math.log(0.5), Math.log(2.0), start[2], t[n - 1] - 1}}) {
            var problem = new LeastSquaresBuilder()
                    .model(p -> values(p, t))
                    .target(ecdf)
                    .start(s)
                    .maxEvaluations(100_000)
                    .maxIterations(100_000)
                    .build();
            try {
                var optimum = new LevenbergMarquardtOptimizer().optimize(problem);
                if (best == null || optimum.getCost() < best.getCost()) {
                    best = optimum;
                }
            } catch (RuntimeException e) {
                // A start that diverges is simply not used; the other may converge.
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the bathtub least-squares fit did not converge");
        }
        double[] p = best.getPoint().toArray();
        BathtubModel model = new BathtubModel(Math.exp(p[0]), Math.exp(p[1]), p[2], p[3]);
        double mean = Arrays.stream(ecdf).average().orElse(0);
        double ssTot = Arrays.stream(ecdf).map(y -> (y - mean) * (y - mean)).sum();
        double ssRes = 0;
        for (int i = 0; i < n; i++) {
            double r = ecdf[i] - model.unclampedCdf(t[i]);
            ssRes += r * r;
        }
        return new FittedModel(model, METHOD, history.preemptedCount(), history.censoredCount(),
                CensoredLikelihood.of(model, t, history.censoredLifetimes()), 1 - ssRes / ssTot);
    }

    private static double ecdfAt(double[] sorted, double x) {
        int k = 0;
        while (k < sorted.length && sorted[k] <= x) {
            k++;
        }
        return Math.max(0.05, (double) k / sorted.length);
    }

    private static Pair<RealVector, org.hipparchus.linear.RealMatrix> values(RealVector point, double[] t) {
        double tau1 = Math.exp(point.getEntry(0));
        double tau2 = Math.exp(point.getEntry(1));
        double a = point.getEntry(2);
        double b = point.getEntry(3);
        double[] v = new double[t.length];
        double[][] jac = new double[t.length][4];
        for (int i = 0; i < t.length; i++) {
            double e1 = Math.exp(-t[i] / tau1);
            double e2 = Math.exp((t[i] - b) / tau2);
            v[i] = a * (1 - e1 + e2);
            jac[i][0] = -a * e1 * t[i] / tau1;            // d/d ln tau1
            jac[i][1] = -a * e2 * (t[i] - b) / tau2;      // d/d ln tau2
            jac[i][2] = 1 - e1 + e2;                      // d/dA
            jac[i][3] = -a * e2 / tau2;                   // d/db
        }
        return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(jac, false));
    }
}
