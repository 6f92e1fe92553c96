package org.mdscape.engine.uq;

import java.util.Locale;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * What a scientist knows about one input: an exact value, a uniform range, a normal (mean, σ) or a
 * log-normal (mean, σ of the value itself). Normal and log-normal are truncated to the range the surrogate
 * was trained on; {@link #massOutside} says how much of the distribution that cuts away.
 */
public sealed interface InputDistribution {

    /** The value at cumulative probability {@code u} in (0, 1), within [lo, hi] (the trained range). */
    double quantile(double u, double lo, double hi);

    /** Probability mass of the (untruncated) distribution outside [lo, hi]. */
    double massOutside(double lo, double hi);

    /** Whether the input varies at all (an exact input takes no part in sensitivity analysis). */
    default boolean varies() {
        return true;
    }

    /** "normal(0.5, 0.05)" for reports. */
    String describe();

    record Exact(double value) implements InputDistribution {
        @Override
        public double quantile(double u, double lo, double hi) {
            return value;
        }

        @Override
        public double massOutside(double lo, double hi) {
            return value < lo || value > hi ? 1 : 0;
        }

        @Override
        public boolean varies() {
            return false;
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "exact(%s)", value);
        }
    }

    record Uniform(double min, double max) implements InputDistribution {
        public Uniform {
            if (!(max > min)) {
                throw new IllegalArgumentException("uniform needs min < max (got " + min + ", " + max + ")");
            }
        }

        @Override
        public double quantile(double u, double lo, double hi) {
            return min + u * (max - min);
        }

        @Override
        public double massOutside(double lo, double hi) {
            double inside = Math.max(0, Math.min(max, hi) - Math.max(min, lo));
            return 1 - inside / (max - min);
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "uniform(%s, %s)", min, max);
        }
    }

    /** Normal with mean and standard deviation, truncated to the trained range. */
    record Normal(double mean, double sd) implements InputDistribution {
        public Normal {
            if (!(sd > 0)) {
                throw new IllegalArgumentException("normal needs sigma > 0 (got " + sd + ")");
            }
        }

        @Override
        public double quantile(double u, double lo, double hi) {
            return truncatedQuantile(new NormalDistribution(mean, sd), u, lo, hi);
        }

        @Override
        public double massOutside(double lo, double hi) {
            NormalDistribution n = new NormalDistribution(mean, sd);
            return 1 - (n.cumulativeProbability(hi) - n.cumulativeProbability(lo));
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "normal(%s, %s)", mean, sd);
        }
    }

    /**
     * Log-normal given by the mean and standard deviation of the value itself (what a measurement reports),
     * truncated to the trained range: σ_ln² = ln(1 + sd²/mean²), μ_ln = ln(mean) − σ_ln²/2.
     */
    record LogNormal(double mean, double sd) implements InputDistribution {
        public LogNormal {
            if (!(mean > 0) || !(sd > 0)) {
                throw new IllegalArgumentException("lognormal needs mean > 0 and sigma > 0 (got " + mean + ", " + sd + ")");
            }
        }

        LogNormalDistribution distribution() {
            double s2 = Math.log(1 + sd * sd / (mean * mean));
            return new LogNormalDistribution(Math.log(mean) - s2 / 2, Math.sqrt(s2));
        }

        @Override
        public double quantile(double u, double lo, double hi) {
            return truncatedQuantile(distribution(), u, lo, hi);
        }

        @Override
        public double massOutside(double lo, double hi) {
            LogNormalDistribution d = distribution();
            return 1 - (d.cumulativeProbability(hi) - d.cumulativeProbability(Math.max(lo, 0)));
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "lognormal(mean %s, sd %s)", mean, sd);
        }
    }

    private static double truncatedQuantile(RealDistribution d, double u, double lo, double hi) {
        double a = d.cumulativeProbability(lo), b = d.cumulativeProbability(hi);
        double p = a + u * (b - a);
        return Math.min(hi, Math.max(lo, d.inverseCumulativeProbability(Math.min(1 - 1e-16, Math.max(1e-16, p)))));
    }

    /**
     * Parses the command line's form: {@code exact:V}, {@code uniform:MIN,MAX}, {@code normal:MEAN,SIGMA},
     * {@code lognormal:MEAN,SIGMA}.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public static InputDistribution parse(String text) {
        String[] kv = text.split(":", 2);
        String kind = kv[0].trim().toLowerCase(Locale.ROOT);
        double[] v;
        try {
            v = kv.length < 2 ? new double[0]
                    : java.util.Arrays.stream(kv[1].split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': numbers expected after '" + kind + ":'");
        }
        int need = kind.equals("exact") ? 1 : 2;
        if (v.length != need || java.util.Arrays.stream(v).anyMatch(x -> !Double.isFinite(x))) {
            throw new IllegalArgumentException("'" + text + "': expected exact:V, uniform:MIN,MAX, normal:MEAN,SIGMA or"
                    + " lognormal:MEAN,SIGMA");
        }
        return switch (kind) {
            case "exact" -> new Exact(v[0]);
            case "uniform" -> new Uniform(v[0], v[1]);
            case "normal" -> new Normal(v[0], v[1]);
            case "lognormal" -> new LogNormal(v[0], v[1]);
            default -> throw new IllegalArgumentException("'" + text + "': unknown distribution " + kind
                    + " (exact, uniform, normal or lognormal)");
        };
    }
}
