package org.mdscape.engine.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProfileGridTest {
    final ProfileGrid grid = ProfileGrid.covering(3.5, 0.025);

    @Test
    void coversTheWidestHalfChannelFromJustBeyondTheContact() {
        assertEquals(ProfileGrid.DEFAULT_X_MIN, grid.x(0));
        assertTrue(grid.x(grid.size() - 1) >= 3.5, "last node " + grid.x(grid.size() - 1));
    }

    @Test
    void interpolationReproducesStraightLinesExactlyAndIsZeroBeyondTheGrid() {
        double[] y = new double[grid.size()];
        for (int k = 0; k < y.length; k++) {
            y[k] = 2 - 0.7 * grid.x(k);
        }
        double[] row = new double[grid.size()];
        for (double x = -0.1; x < 3.5; x += 0.0137) {
            grid.weights(x, row);
            double viaWeights = 0;
            for (int k = 0; k < row.length; k++) {
                viaWeights += row[k] * y[k];
            }
            assertEquals(2 - 0.7 * x, viaWeights, 1e-12, "x = " + x);
            assertEquals(viaWeights, grid.valueAt(y, 0, x), 1e-12);
            assertEquals(1, Arrays.stream(row).sum(), 1e-12);
        }
        grid.weights(-0.2, row);
        assertEquals(0, Arrays.stream(row).sum());
        assertEquals(0, grid.valueAt(y, 0, -0.2));
    }
}
