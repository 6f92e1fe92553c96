package org.mdscape.engine.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActiveLearningTest {
    @Test
    void firstPickIsTheMostUncertainAndTheBatchAvoidsItsNearDuplicates() {
        // A tight cluster of very uncertain points at the origin, one fairly uncertain point far away,
        // and a grid of sure points between them.
        double[][] x = new double[12][];
        double[] score = new double[12];
        for (int i = 0; i < 4; i++) {
            x[i] = new double[] {0.001 * i, 0};
            score[i] = 1.0 - 0.01 * i;
        }
        x[4] = new double[] {1, 1};
        score[4] = 0.6;
        for (int i = 5; i < 12; i++) {
            x[i] = new double[] {0.1 * (i - 4), 0.5};
            score[i] = 0.05;
        }
        List<Integer> picked = ActiveLearning.select(x, score, 2);
        assertEquals(0, picked.get(0));
        // Greedy by score alone would take point 1, a near-duplicate of point 0.
        assertEquals(4, picked.get(1));
        assertNotEquals(1, picked.get(1));
    }
}
