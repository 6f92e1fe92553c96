package org.mdscape.cloud.preemption;

import java.util.Arrays;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum-likelihood fits that use every VM: a preempted VM contributes its density, a stopped one its
 * survival to the age it was stopped at ({@link CensoredLikelihood}). This is the correct use of the
 * 727 stopped VMs that the authors' ECDF fit leaves out.
 */
public final class CensoredMaximumLikelihood {
    public static final String METHOD = "maximum likelihood, stopped VMs as right-censored";

    private CensoredMaximumLikelihood() {
    }

    /** Closed form: mean = total observed VM-hours / preemptions. */
    public static FittedModel fitExponential(PreemptionHistory history) {
        int d = requirePreemptions(history);
        double exposure = history.records().stream().mapToDouble(PreemptionRecord::lifetimeHours).sum();
        ExponentialModel model = new ExponentialModel(exposure / d);
        return result(model, history);
    }

    /**
     * The shape k solves the profile-likelihood equation
     * sum(t^k ln t)/sum(t^k) - 1/k - mean(ln t over preempted) = 0 (all VMs in the sums), then
     * scale = (sum t^k / d)^(1/k).
     */
    public static FittedModel fitWeibull(PreemptionHistory history) {
        int d = requirePreemptions(history);
        double[] all = history.records().stream().mapToDouble(PreemptionRecord::lifetimeHours).filter(t -> t > 0).toArray();
        double meanLogEvents = Arrays.stream(history.preemptedLifetimes()).filter(t -> t > 0).map(Math::log).average().orElse(0);
        org.hipparchus.analysis.UnivariateFunction g = k -> {
            double s0 = 0;
            double s1 = 0;
            double scale = Arrays.stream(all).max().orElse(1);
            for (double t : all) {
                double w = Math.pow(t / scale, k); // scaled against overflow; the ratio is unchanged
                s0 += w;
                s1 += w * Math.log(t);
            }
            return s1 / s0 - 1 / k - meanLogEvents;
        };
        double lo = 0.02;
        double hi = 50;
        double k = new BrentSolver(1e-12, 1e-12).solve(10_000, g, lo, hi);
        double sum = Arrays.stream(all).map(t -> Math.pow(t, k)).sum();
        WeibullModel model = new WeibullModel(k, Math.pow(sum / d, 1 / k));
        return result(model, history);
    }

    /** The SciSpot bathtub by Nelder-Mead on ln tau1, ln tau2, logit A and b, started from the ECDF fit. */
    public static FittedModel fitBathtub(PreemptionHistory history) {
        requirePreemptions(history);
        double[] pre = history.preemptedLifetimes();
        double[] cen = history.censoredLifetimes();
        double longest = history.records().getLast().lifetimeHours();
        BathtubModel start = (BathtubModel) EcdfLeastSquares.fitBathtub(history).model();
        double a0 = Math.min(0.95, Math.max(0.05, start.a()));
        double[] x = {Math.log(start.tau1()), Math.log(start.tau2()), Math.log(a0 / (1 - a0)), start.b()};
        // The likelihood is minus infinity until every VM lies inside the support: push the wear-out later.
        for (int i = 0; i < 10_000 && !(negativeLogLikelihood(x, pre, cen) < Double.MAX_VALUE); i++) {
            x[3] += 0.01 * Math.max(1, longest);
        }
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-12, 1e-10);
        PointValuePair best = new PointValuePair(x, negativeLogLikelihood(x, pre, cen));
        // Restarting from the best point shakes Nelder-Mead out of the narrow valleys this surface has.
        for (int round = 0; round < 6; round++) {
            PointValuePair p = optimizer.optimize(new MaxEval(200_000),
                    new ObjectiveFunction(q -> negativeLogLikelihood(q, pre, cen)), GoalType.MINIMIZE,
                    new InitialGuess(best.getPoint()), new NelderMeadSimplex(new double[] {0.2, 0.2, 0.3, 0.5}));
            if (p.getValue() < best.getValue() - 1e-9) {
                best = p;
            } else if (round >= 2) {
                break;
            }
        }
        return result(bathtub(best.getPoint()), history);
    }

    private static double negativeLogLikelihood(double[] q, double[] pre, double[] cen) {
        BathtubModel m;
        try {
            m = bathtub(q);
        } catch (IllegalArgumentException e) {
            return Double.MAX_VALUE;
        }
        double ll = CensoredLikelihood.of(m, pre, cen);
        return Double.isFinite(ll) ? -ll : Double.MAX_VALUE;
    }

    private static BathtubModel bathtub(double[] q) {
        return new BathtubModel(Math.exp(q[0]), Math.exp(q[1]), 1 / (1 + Math.exp(-q[2])), q[3]);
    }

    private static int requirePreemptions(PreemptionHistory history) {
        int d = history.preemptedCount();
        if (d == 0) {
            throw new IllegalArgumentException("the history has no preempted VM, so no preemption rate can be fitted");
        }
        return d;
    }

    private static FittedModel result(PreemptionModel model, PreemptionHistory history) {
        return new FittedModel(model, METHOD, history.preemptedCount(), history.censoredCount(),
                CensoredLikelihood.of(model, history.preemptedLifetimes(), history.censoredLifetimes()), Double.NaN);
    }
}
