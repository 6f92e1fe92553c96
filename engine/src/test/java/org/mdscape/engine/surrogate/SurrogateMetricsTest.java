package org.mdscape.engine.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mdscape.engine.campaign.ProfileResult;

class SurrogateMetricsTest {
    /** A 1 nm... channel: h = 3 nm, d = 0.5 nm, four bins, two of them beyond the contact (|z| > 1.25 nm). */
    static ProfileResult md(double[] rho, double err) {
        double[] z = {-1.4, -0.5, 0.5, 1.4};
        double[] e = {0, err, err, 0};
        return new ProfileResult(0, 0, Map.of("h", 3.0), 3.0, 0.5, 0.5, 0.5, 0.5, 0.05, z, new boolean[4], rho, e, rho, e);
    }

    static ProfilePrediction predicted(ProfileResult r, double[] mean, double sd) {
        BinLayout l = BinLayout.of(r);
        double[] s = {sd, sd, sd, sd};
        return new ProfilePrediction(l, new double[][] {mean, mean}, new double[][] {s, s});
    }

    @Test
    void studentTHalfWidthForTwentyBlocks() {
        // t(0.975, 19 degrees of freedom) from tables: 2.093.
        assertEquals(2.093, SurrogateMetrics.ERROR_BAR_SE, 5e-4);
    }

    @Test
    void judgesOnlyBinsIonsCanReachAgainstTheConfidenceInterval() {
        ProfileResult r = md(new double[] {0, 1.0, 1.0, 0}, 0.1);
        // Off by 1.5 standard errors inside; wildly off beyond the contact, where no ion goes (not judged).
        SurrogateMetrics m = SurrogateMetrics.of(List.of(r), List.of(predicted(r, new double[] {9, 1.15, 0.85, 9}, 0)));
        assertEquals(4, m.bins()); // 2 reachable bins x 2 species
        assertEquals(1.0, m.accuracy());
        assertEquals(0.0, m.accuracy1se());
        assertEquals(0.15, m.rmse(), 1e-12);
        // Off by 2.5 SE: outside the error bar, but within 2σ once an ensemble spread of 0.1 is combined
        // (2 * hypot(0.1, 0.1) = 0.283 > 0.25).
        SurrogateMetrics far = SurrogateMetrics.of(List.of(r), List.of(predicted(r, new double[] {0, 1.25, 0.75, 0}, 0.1)));
        assertEquals(0.0, far.accuracy());
        assertEquals(1.0, far.calibration());
    }
}
