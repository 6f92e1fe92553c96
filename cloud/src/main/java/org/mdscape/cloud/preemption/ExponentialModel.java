package org.mdscape.cloud.preemption;

import java.util.Map;
import java.util.random.RandomGenerator;

/** Memoryless preemptions at a constant rate 1/mean: what Young-Daly checkpointing assumes. */
public record ExponentialModel(double meanHours) implements PreemptionModel {
    public ExponentialModel {
        if (!(meanHours > 0) || Double.isInfinite(meanHours)) {
            throw new IllegalArgumentException("mean lifetime must be a positive number of hours (got " + meanHours + ")");
        }
    }

    @Override
    public double cdf(double hours) {
        return hours <= 0 ? 0.0 : -Math.expm1(-hours / meanHours);
    }

    @Override
    public double density(double hours) {
        return hours < 0 ? 0.0 : Math.exp(-hours / meanHours) / meanHours;
    }

    @Override
    public double survival(double hours) {
        return hours <= 0 ? 1.0 : Math.exp(-hours / meanHours);
    }

    @Override
    public double supportEnd() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double integratedSurvival(double from, double to) {
        if (to <= from) {
            return 0.0;
        }
        double below = from < 0 ? Math.min(0.0, to) - from : 0.0;
        double lo = Math.max(0, from);
        double hi = Math.max(0, to);
        return below + meanHours * (Math.exp(-lo / meanHours) - Math.exp(-hi / meanHours));
    }

    @Override
    public double meanLifetime() {
        return meanHours;
    }

    @Override
    public double quantile(double p) {
        return -meanHours * Math.log1p(-p);
    }

    @Override
    public double sampleLifetime(RandomGenerator random) {
        return quantile(random.nextDouble());
    }

    @Override
    public String family() {
        return "exponential";
    }

    @Override
    public Map<String, Double> parameters() {
        return Map.of("meanHours", meanHours);
    }
}
