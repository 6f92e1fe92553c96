package org.mdscape.engine.campaign;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One swept setting: explicit {@code values}, evenly spaced {@code count} levels over {@code [min, max]},
 * or the continuous range {@code [min, max]} (count 0) for random, LHS and Sobol sampling.
 */
public record Parameter(List<Double> values, double min, double max, int count) {

    public static Parameter ofValues(List<Double> values) {
        return new Parameter(List.copyOf(values), Double.NaN, Double.NaN, 0);
    }

    public boolean continuous() {
        return values == null && count == 0;
    }

    /**
     * The discrete levels (explicit values, or min + i (max - min) / (count - 1)). Levels are computed in
     * decimal so that [0.3, 0.9] in 13 steps gives 0.35, not 0.35000000000000003: the values the scientist
     * reads in the spec are the values simulated and exported.
     */
    public List<Double> levels() {
        if (values != null) {
            return values;
        }
        if (count == 0) {
            throw new IllegalStateException("a continuous range has no levels");
        }
        if (count == 1) {
            return List.of(min);
        }
        BigDecimal lo = BigDecimal.valueOf(min), hi = BigDecimal.valueOf(max);
        BigDecimal step = hi.subtract(lo).divide(BigDecimal.valueOf(count - 1), MathContext.DECIMAL128);
        List<Double> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(i == count - 1 ? max : lo.add(step.multiply(BigDecimal.valueOf(i))).round(MathContext.DECIMAL64).doubleValue());
        }
        return out;
    }
}
