package org.mdscape.engine.uq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputDistributionTest {
    @Test
    void parsesTheCommandLineFormsAndRejectsOthersInOneLine() {
        assertEquals(new InputDistribution.Normal(0.5, 0.05), InputDistribution.parse("normal:0.5,0.05"));
        assertEquals(new InputDistribution.Uniform(0.6, 0.7), InputDistribution.parse("uniform:0.6, 0.7"));
        assertEquals(new InputDistribution.Exact(3.2), InputDistribution.parse("exact:3.2"));
        assertEquals(new InputDistribution.LogNormal(0.5, 0.1), InputDistribution.parse("LogNormal:0.5,0.1"));
        for (String bad : new String[] {"normal:0.5", "gamma:1,2", "uniform:0.7,0.6", "normal:a,b", "normal:0.5,-1"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> InputDistribution.parse(bad), bad);
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void massOutsideTheTrainedRange() {
        // Standard normal tables: P(|Z| > 1) = 0.3173, P(Z > 2) = 0.02275.
        assertEquals(0.3173, new InputDistribution.Normal(0.5, 0.1).massOutside(0.4, 0.6), 1e-4);
        assertEquals(0.02275, new InputDistribution.Normal(0.5, 0.1).massOutside(0, 0.7), 1e-5);
        assertEquals(0.5, new InputDistribution.Uniform(0, 2).massOutside(1, 5), 1e-12);
        assertEquals(1, new InputDistribution.Exact(5).massOutside(1, 4));
        // The log-normal's own mean and sd come back from its parameters.
        var ln = new InputDistribution.LogNormal(0.5, 0.1).distribution();
        assertEquals(0.5, ln.getNumericalMean(), 1e-12);
        assertEquals(0.01, ln.getNumericalVariance(), 1e-12);
    }

    @Test
    void truncatedQuantilesStayInRange() {
        InputDistribution n = new InputDistribution.Normal(0.85, 0.1);
        for (double u = 0.001; u < 1; u += 0.01) {
            double x = n.quantile(u, 0.3, 0.9);
            assertTrue(x >= 0.3 && x <= 0.9, "u " + u + " -> " + x);
        }
        assertEquals(0.9, n.quantile(0.999999, 0.3, 0.9), 1e-3);
    }
}
