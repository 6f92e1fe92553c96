package org.mdscape.engine.uq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SobolAnalysisTest {
    static final double A = 7, B = 0.1, PI = Math.PI;

    static double[][] ishigami(double[][] x) {
        double[][] out = new double[x.length][1];
        for (int j = 0; j < x.length; j++) {
            out[j][0] = Math.sin(x[j][0]) + A * Math.pow(Math.sin(x[j][1]), 2) + B * Math.pow(x[j][2], 4) * Math.sin(x[j][0]);
        }
        return out;
    }

    @Test
    void ishigamiIndicesAgreeWithTheirAnalyticValues() {
        // Analytic partial variances (Ishigami and Homma 1990; Sobol' and Levitan 1999), inputs uniform on [-pi, pi].
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(PI, 4) / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        InputDistribution u = new InputDistribution.Uniform(-PI, PI);
        SobolAnalysis.Result r = SobolAnalysis.run(SobolAnalysisTest::ishigami,
                p -> new double[] {u.quantile(p[0], -PI, PI), u.quantile(p[1], -PI, PI), u.quantile(p[2], -PI, PI)},
                new boolean[] {true, true, true}, 10_000, 300, 1);
        assertEquals(50_000, r.evaluations());
        assertEquals(v, r.variance()[0], 0.02 * v);
        for (int i = 0; i < 3; i++) {
            check("S" + (i + 1), first[i], r.first()[0][i]);
            check("ST" + (i + 1), total[i], r.total()[0][i]);
        }
    }

    static void check(String name, double truth, SobolAnalysis.Estimate e) {
        assertTrue(e.high() - e.low() < 0.06, name + " interval too wide to mean anything: " + e);
        // The interval is for the random part of the error; allow the quasi-random estimate a further 0.01.
        assertTrue(truth >= e.low() - 0.01 && truth <= e.high() + 0.01, name + " = " + truth + " outside " + e);
    }

    @Test
    void exactInputsGetNoIndicesAndCostNoEvaluations() {
        InputDistribution u = new InputDistribution.Uniform(0, 1);
        SobolAnalysis.Result r = SobolAnalysis.run(x -> {
            double[][] out = new double[x.length][1];
            for (int j = 0; j < x.length; j++) {
                out[j][0] = 2 * x[j][0] + x[j][1];
            }
            return out;
        }, p -> new double[] {u.quantile(p[0], 0, 1), 0.3}, new boolean[] {true, false}, 1000, 0, 1);
        assertEquals(3000, r.evaluations());
        assertNull(r.first()[0][1]);
        assertEquals(1.0, r.first()[0][0].value(), 0.02);
    }

    @Test
    void theBandOfALinearModelOfNormalInputsIsTheAnalyticOne() {
        // y(w) = 1 + w (x1 - 0.5) + 2 (x2 - 1.0), x1 ~ N(0.5, 0.1), x2 ~ N(1.0, 0.05): sd(w) = sqrt((0.1 w)^2 + 0.1^2).
        InputDistribution x1 = new InputDistribution.Normal(0.5, 0.1), x2 = new InputDistribution.Normal(1.0, 0.05);
        double[] w = {0, 0.5, 1, 2};
        SobolAnalysis.Result r = SobolAnalysis.run(x -> {
            double[][] out = new double[x.length][w.length];
            for (int j = 0; j < x.length; j++) {
                for (int p = 0; p < w.length; p++) {
                    out[j][p] = 1 + w[p] * (x[j][0] - 0.5) + 2 * (x[j][1] - 1.0);
                }
            }
            return out;
        }, p -> new double[] {x1.quantile(p[0], -10, 10), x2.quantile(p[1], -10, 10)}, new boolean[] {true, true}, 8192, 0, 1);
        Band band = Band.of(r.samplesA());
        for (int p = 0; p < w.length; p++) {
            double sd = Math.hypot(0.1 * w[p], 0.1);
            assertEquals(1.0, band.median()[p], 0.01 * sd);
            assertEquals(1 + 1.6448536 * sd, band.p95()[p], 0.02 * sd);
            assertEquals(1 - 0.6744898 * sd, band.p25()[p], 0.02 * sd);
            assertEquals(sd * sd, r.variance()[p], 0.02 * sd * sd);
        }
    }
}
