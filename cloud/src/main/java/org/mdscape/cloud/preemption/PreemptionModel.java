package org.mdscape.cloud.preemption;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;

/**
 * The lifetime distribution of a transient VM: F(t) is the probability that a VM started at age 0 has
 * been preempted by age t (hours). Everything the planner needs (expected running times, wasted work,
 * checkpoint plans, sampling) is derived from {@link #cdf} and {@link #integratedSurvival}.
 */
public interface PreemptionModel {

    /** F(t), the probability of a preemption by age {@code hours}; 0 for negative ages. */
    double cdf(double hours);

    /** f(t) = dF/dt per hour; 0 outside the support. */
    double density(double hours);

    /** The age at which F reaches 1 (no VM lives longer), or infinity. */
    double supportEnd();

    /** The family's short name: scispot, exponential, weibull or empirical. */
    String family();

    /** Parameters by name (times in hours), for reports and JSON. */
    Map<String, Double> parameters();

    default double survival(double hours) {
        return 1.0 - cdf(hours);
    }

    /** Preemption rate per hour among VMs alive at this age (infinite past the support end). */
    default double hazard(double hours) {
        double s = survival(hours);
        return s <= 0 ? Double.POSITIVE_INFINITY : density(hours) / s;
    }

    /** P(lifetime > age + t | lifetime > age): a VM that is {@code ageHours} old survives {@code hours} more. */
    default double conditionalSurvival(double ageHours, double hours) {
        double s = survival(ageHours);
        return s <= 0 ? 0.0 : survival(ageHours + hours) / s;
    }

    /**
     * The integral of S(t) = 1 - F(t) over [from, to]. Expected wasted work reduces to it, so families
     * override this with closed forms; this default integrates numerically (split at the support end,
     * where S has a kink) and is what the closed forms are tested against.
     */
    default double integratedSurvival(double from, double to) {
        if (to <= from) {
            return 0.0;
        }
        double end = Math.min(to, supportEnd());
        if (end <= from) {
            return 0.0;
        }
        if (Double.isInfinite(end)) {
            throw new IllegalArgumentException("integratedSurvival needs a finite upper limit");
        }
        var integrator = new IterativeLegendreGaussIntegrator(5, 1e-12, 1e-13);
        double sum = 0;
        // Panels of at most one hour keep the Gauss rule well inside its comfort zone for sharp bathtubs.
        int panels = (int) Math.ceil(end - from);
        double width = (end - from) / Math.max(1, panels);
        for (int p = 0; p < Math.max(1, panels); p++) {
            double a = from + p * width;
            double b = p == panels - 1 ? end : a + width;
            sum += integrator.integrate(10_000_000, this::survival, a, b);
        }
        return sum;
    }

    /** The mean lifetime in hours, E[L] = integral of S from 0 to infinity. */
    default double meanLifetime() {
        double end = supportEnd();
        if (Double.isFinite(end)) {
            return integratedSurvival(0, end);
        }
        double upper = 1;
        while (survival(upper) > 1e-13 && upper < 1e7) {
            upper *= 2;
        }
        return integratedSurvival(0, upper);
    }

    /** The age by which a fraction {@code p} of VMs have been preempted: F^-1(p), by bisection. */
    default double quantile(double p) {
        if (p <= cdf(0)) {
            return 0.0;
        }
        double hi = Double.isFinite(supportEnd()) ? supportEnd() : 1.0;
        while (cdf(hi) < p && hi < 1e9) {
            hi *= 2;
        }
        double lo = 0;
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
            double mid = 0.5 * (lo + hi);
            if (cdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** A lifetime drawn from this model (inverse transform). */
    default double sampleLifetime(RandomGenerator random) {
        return quantile(random.nextDouble());
    }

    /** The remaining life of a VM that has already lived {@code ageHours}. */
    default double sampleRemainingLifetime(double ageHours, RandomGenerator random) {
        double f0 = cdf(ageHours);
        if (f0 >= 1) {
            return 0.0;
        }
        return Math.max(0.0, quantile(f0 + random.nextDouble() * (1 - f0)) - ageHours);
    }
}
