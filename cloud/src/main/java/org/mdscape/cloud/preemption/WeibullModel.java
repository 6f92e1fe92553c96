package org.mdscape.cloud.preemption;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.special.Gamma;

/** F(t) = 1 - exp(-(t/scale)^shape): shape below 1 is a falling hazard (early failures), above 1 wear-out. */
public record WeibullModel(double shape, double scaleHours) implements PreemptionModel {
    public WeibullModel {
        if (!(shape > 0) || !(scaleHours > 0) || Double.isInfinite(shape) || Double.isInfinite(scaleHours)) {
            throw new IllegalArgumentException("Weibull shape and scale must be positive (got " + shape + ", " + scaleHours + ")");
        }
    }

    @Override
    public double cdf(double hours) {
        return hours <= 0 ? 0.0 : -Math.expm1(-Math.pow(hours / scaleHours, shape));
    }

    @Override
    public double survival(double hours) {
        return hours <= 0 ? 1.0 : Math.exp(-Math.pow(hours / scaleHours, shape));
    }

    @Override
    public double density(double hours) {
        if (hours <= 0) {
            return hours == 0 && shape == 1 ? 1 / scaleHours : 0.0;
        }
        double z = hours / scaleHours;
        return shape / scaleHours * Math.pow(z, shape - 1) * Math.exp(-Math.pow(z, shape));
    }

    @Override
    public double supportEnd() {
        return Double.POSITIVE_INFINITY;
    }

    /** Closed form: the integral of S from 0 to x is scale * Gamma(1 + 1/shape) * P(1/shape, (x/scale)^shape). */
    @Override
    public double integratedSurvival(double from, double to) {
        if (to <= from) {
            return 0.0;
        }
        double below = from < 0 ? Math.min(0.0, to) - from : 0.0;
        return below + integralFromZero(Math.max(0, to)) - integralFromZero(Math.max(0, from));
    }

    private double integralFromZero(double x) {
        if (x <= 0) {
            return 0.0;
        }
        return scaleHours * Gamma.gamma(1 + 1 / shape) * Gamma.regularizedGammaP(1 / shape, Math.pow(x / scaleHours, shape));
    }

    @Override
    public double meanLifetime() {
        return scaleHours * Gamma.gamma(1 + 1 / shape);
    }

    @Override
    public double quantile(double p) {
        return scaleHours * Math.pow(-Math.log1p(-p), 1 / shape);
    }

    @Override
    public String family() {
        return "weibull";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("shape", shape);
        p.put("scaleHours", scaleHours);
        return p;
    }
}
