package org.mdscape.cloud.preemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mdscape.cloud.SharedData;

/** The Kaplan-Meier model against a hand calculation and against redistribute-to-the-right resampling. */
class KaplanMeierTest {

    @Test
    void productLimitByHand() {
        // 3, 4+, 5, 5, 6+, 8 (+ = stopped): S(3) = 5/6; at 5, 4 at risk and 2 preempted: 5/6 * 2/4; at 8: 0.
        PreemptionHistory h = new PreemptionHistory(List.of(rec(3, true), rec(4, false), rec(5, true), rec(5, true),
                rec(6, false), rec(8, true)), "hand");
        EmpiricalModel km = new EmpiricalModel(h);
        assertEquals(1.0, km.stepSurvival(2.9), 1e-12);
        assertEquals(5.0 / 6, km.stepSurvival(3), 1e-12);
        assertEquals(5.0 / 6, km.stepSurvival(4.99), 1e-12);
        assertEquals(5.0 / 12, km.stepSurvival(5), 1e-12);
        assertEquals(5.0 / 12, km.stepSurvival(7.9), 1e-12);
        assertEquals(0.0, km.stepSurvival(8), 1e-12);
        // Between preemption times the model's F is the straight line joining the KM values.
        assertEquals(1 - (5.0 / 6 + 5.0 / 12) / 2, km.cdf(4), 1e-12);
        // Mean of the piecewise-linear distribution: trapezoids under S.
        double mean = 3 * (1 + 5.0 / 6) / 2 + 2 * (5.0 / 6 + 5.0 / 12) / 2 + 3 * (5.0 / 12) / 2;
        assertEquals(mean, km.meanLifetime(), 1e-12);
    }

    @Test
    void resamplingTheRealDataReproducesKaplanMeier() {
        PreemptionHistory h = SharedData.preemptions();
        EmpiricalModel km = new EmpiricalModel(h);
        ResampledHistory resampled = new ResampledHistory(h);
        SplittableRandom random = new SplittableRandom(1);
        int n = 200_000;
        double[] checkpoints = {0.25, 1, 4, 10, 20, 24, 24.5};
        int[] below = new int[checkpoints.length];
        for (int i = 0; i < n; i++) {
            double t = resampled.nextLifetimeHours(random);
            for (int k = 0; k < checkpoints.length; k++) {
                if (t <= checkpoints[k]) {
                    below[k]++;
                }
            }
        }
        for (int k = 0; k < checkpoints.length; k++) {
            double f = 1 - km.stepSurvival(checkpoints[k]);
            double se = Math.sqrt(f * (1 - f) / n);
            System.out.printf(Locale.ROOT, "KM F(%.2f h) = %.4f, resampled %.4f%n", checkpoints[k], f, (double) below[k] / n);
            assertEquals(f, (double) below[k] / n, 4 * se + 1e-9, "F(" + checkpoints[k] + ")");
        }
    }

    @Test
    void samplingFromEveryModelFollowsItsCdf() {
        PreemptionModel[] models = {BathtubModel.PUBLISHED, new ExponentialModel(6.2), new WeibullModel(0.8, 17),
                new EmpiricalModel(SharedData.preemptions())};
        for (PreemptionModel m : models) {
            SplittableRandom random = new SplittableRandom(2);
            int n = 20_000;
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = m.sampleLifetime(random);
            }
            java.util.Arrays.sort(x);
            double d = 0;
            for (int i = 0; i < n; i++) {
                double f = m.cdf(x[i]);
                d = Math.max(d, Math.max(Math.abs(f - (double) i / n), Math.abs(f - (i + 1.0) / n)));
            }
            // Kolmogorov-Smirnov at the 0.1% level: 1.95 / sqrt(n).
            assertTrue(d < 1.95 / Math.sqrt(n), m.family() + ": KS distance " + d);
        }
    }

    @Test
    void conditionalSurvivalIsSurvivalOfTheVmsThatReachedThatAge() {
        BathtubModel m = BathtubModel.PUBLISHED;
        SplittableRandom random = new SplittableRandom(3);
        for (double[] st : new double[][] {{0.5, 2}, {6, 10}, {20, 3}}) {
            int reached = 0;
            int survived = 0;
            for (int i = 0; i < 400_000; i++) {
                double life = m.sampleLifetime(random);
                if (life > st[0]) {
                    reached++;
                    if (life > st[0] + st[1]) {
                        survived++;
                    }
                }
            }
            double p = (double) survived / reached;
            assertEquals(p, m.conditionalSurvival(st[0], st[1]), 4 * Math.sqrt(p * (1 - p) / reached) + 1e-9);
        }
        // Memorylessness, analytically.
        ExponentialModel e = new ExponentialModel(3);
        assertEquals(e.survival(2), e.conditionalSurvival(7, 2), 1e-12);
    }

    private static PreemptionRecord rec(double hours, boolean preempted) {
        return new PreemptionRecord(hours, preempted, "", "");
    }
}
