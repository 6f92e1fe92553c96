package org.mdscape.engine.surrogate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdscape.engine.campaign.SurrogateStore.SurrogateVersion;

class SwitchPolicyTest {
    static SurrogateVersion v(long id, double accuracy, int tests) {
        return new SurrogateVersion(id, Instant.EPOCH, 10, tests, accuracy, accuracy, 0.01, 0.95, 1, "{}", "w");
    }

    @Test
    void needsTheTargetOnConsecutiveVersionsWithEnoughTestPoints() {
        SwitchPolicy p = new SwitchPolicy(0.9, 2, 5);
        assertFalse(p.met(List.of(v(1, 0.95, 10))), "one version is not enough");
        assertFalse(p.met(List.of(v(1, 0.95, 10), v(2, 0.89, 10))), "the latest must meet it");
        assertFalse(p.met(List.of(v(1, 0.91, 10), v(2, 0.85, 10), v(3, 0.93, 10))), "not consecutive");
        assertTrue(p.met(List.of(v(1, 0.85, 10), v(2, 0.91, 10), v(3, 0.93, 10))));
        assertFalse(p.met(List.of(v(1, 0.99, 4), v(2, 0.99, 4))), "too few held-out points to believe");
        assertFalse(p.met(List.of(v(1, Double.NaN, 0), v(2, Double.NaN, 0))));
        assertThrows(IllegalArgumentException.class, () -> new SwitchPolicy(1.2, 2, 5));
    }
}
