package org.mdscape.engine.sim;

/**
 * The complementary error function, which Java's Math lacks, in two forms: {@link #accurate} to about
 * 1e-14 relative (for the Reference platform's 1e-8 Ewald sums) and {@link #fast} with 1.5e-7 absolute
 * error (Abramowitz and Stegun 7.1.26, as LAMMPS's coul/long pair styles use), for force loops that
 * target 1e-4.
 */
public final class Erfc {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private Erfc() {
    }

    public static double accurate(double x) {
        if (x < 0) {
            return 2 - accurate(-x);
        }
        if (x < 2) {
            // Maclaurin series of erf; at x < 2 cancellation costs at most e^4 ~ 55 ulps.
            double term = x, sum = x, x2 = x * x;
            for (int n = 1; n < 200; n++) {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            return 1 - TWO_OVER_SQRT_PI * sum;
        }
        // Continued fraction erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
        // evaluated bottom-up from a depth that converges to double precision for x >= 2.
        double f = x;
        for (int k = 120; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }

    private static final double P = 0.3275911;
    private static final double A1 = 0.254829592;
    private static final double A2 = -0.284496736;
    private static final double A3 = 1.421413741;
    private static final double A4 = -1.453152027;
    private static final double A5 = 1.061405429;

    /** erfc(x) for x >= 0, given {@code expMinusX2} = exp(-x^2) which callers need anyway for the force. */
    public static double fast(double x, double expMinusX2) {
        double t = 1 / (1 + P * x);
        return t * (A1 + t * (A2 + t * (A3 + t * (A4 + t * A5)))) * expMinusX2;
    }
}
