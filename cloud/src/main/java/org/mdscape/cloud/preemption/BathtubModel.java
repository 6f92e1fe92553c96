package org.mdscape.cloud.preemption;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * SciSpot's model of preemptible VMs with a 24 h cap (Kadupitiya, Jadhao and Sharma, HPDC 2020):
 * F(t) = A (1 - e^(-t/tau1) + e^((t - b)/tau2)), clamped to [0, 1]. The first term is the early
 * "infant mortality" phase, the second the wear-out near the cap; F reaches 1 at {@link #supportEnd()}
 * (24.72 h for the published fit), after which no VM is alive.
 */
public final class BathtubModel implements PreemptionModel {
    /** The published fit to the 717 preempted lifetimes of the shared 2019 data (DESIGN.md section 5). */
    public static final BathtubModel PUBLISHED = new BathtubModel(0.949762, 0.767437, 0.413702, 24.4533);

    private final double tau1;
    private final double tau2;
    private final double a;
    private final double b;
    private final double supportEnd;

    public BathtubModel(double tau1, double tau2, double a, double b) {
        if (!(tau1 > 0) || !(tau2 > 0) || !(a > 0) || !Double.isFinite(b) || !Double.isFinite(tau1)
                || !Double.isFinite(tau2) || !Double.isFinite(a)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "bathtub parameters must be tau1 > 0, tau2 > 0, A > 0, finite b (got %g, %g, %g, %g)",
                    tau1, tau2, a, b));
        }
        this.tau1 = tau1;
        this.tau2 = tau2;
        this.a = a;
        this.b = b;
        this.supportEnd = solveSupportEnd();
    }

    public double tau1() {
        return tau1;
    }

    public double tau2() {
        return tau2;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    /** The formula without the clamp; the authors' least-squares fit works on this. */
    public double unclampedCdf(double t) {
        return a * (1 - Math.exp(-t / tau1) + Math.exp((t - b) / tau2));
    }

    @Override
    public double cdf(double hours) {
        if (hours < 0) {
            return 0.0;
        }
        if (hours >= supportEnd) {
            return 1.0;
        }
        return Math.min(1.0, Math.max(0.0, unclampedCdf(hours)));
    }

    @Override
    public double density(double hours) {
        if (hours < 0 || hours >= supportEnd) {
            return 0.0;
        }
        return a * (Math.exp(-hours / tau1) / tau1 + Math.exp((hours - b) / tau2) / tau2);
    }

    @Override
    public double supportEnd() {
        return supportEnd;
    }

    /** Closed form: the integral of F is A (t + tau1 e^(-t/tau1) + tau2 e^((t-b)/tau2)) below the support end. */
    @Override
    public double integratedSurvival(double from, double to) {
        double lo = Math.max(0.0, from);
        double hi = Math.min(to, supportEnd);
        double below = from < 0 ? Math.min(0.0, to) - from : 0.0; // S = 1 at negative ages
        if (hi <= lo) {
            return Math.max(0.0, below);
        }
        return below + (hi - lo) - (integratedCdf(hi) - integratedCdf(lo));
    }

    private double integratedCdf(double t) {
        return a * (t + tau1 * Math.exp(-t / tau1) + tau2 * Math.exp((t - b) / tau2));
    }

    @Override
    public String family() {
        return "scispot";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("tau1", tau1);
        p.put("tau2", tau2);
        p.put("A", a);
        p.put("b", b);
        p.put("supportEndHours", supportEnd);
        return p;
    }

    private double solveSupportEnd() {
        // F is increasing (F' > 0 for A > 0) and unbounded, so F = 1 has exactly one root.
        if (unclampedCdf(0) >= 1) {
            return 0.0;
        }
        double hi = Math.max(1.0, b);
        while (unclampedCdf(hi) < 1) {
            hi *= 2;
        }
        return new BrentSolver(1e-13, 1e-13).solve(10_000, t -> unclampedCdf(t) - 1, 0, hi);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SciSpot bathtub (tau1 = %.4f h, tau2 = %.4f h, A = %.4f, b = %.4f h)",
                tau1, tau2, a, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BathtubModel m && m.tau1 == tau1 && m.tau2 == tau2 && m.a == a && m.b == b;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(tau1, tau2, a, b);
    }
}
