package org.mdscape.engine.surrogate;

import java.util.List;
import org.mdscape.engine.campaign.SurrogateStore.SurrogateVersion;

/**
 * When a campaign stops simulating and lets the surrogate answer the rest: held-out accuracy at or above
 * {@code target} on {@code consecutive} successive versions, each judged on at least {@code minTestPoints}
 * held-out simulations (one lucky version on three test points is not evidence).
 */
public record SwitchPolicy(double target, int consecutive, int minTestPoints) {

    public static final SwitchPolicy DEFAULT = new SwitchPolicy(0.95, 2, 5);

    public SwitchPolicy {
        if (!(target > 0 && target <= 1)) {
            throw new IllegalArgumentException("target = " + target + ": accuracy target must be in (0, 1]");
        }
        if (consecutive < 1 || consecutive > 100) {
            throw new IllegalArgumentException("consecutive = " + consecutive + ": must be in [1, 100]");
        }
        if (minTestPoints < 1) {
            throw new IllegalArgumentException("minTestPoints = " + minTestPoints + ": must be at least 1");
        }
    }

    public SwitchPolicy withTarget(double t) {
        return new SwitchPolicy(t, consecutive, minTestPoints);
    }

    /** Whether the newest versions of {@code versions} (in training order) meet the policy. */
    public boolean met(List<SurrogateVersion> versions) {
        if (versions.size() < consecutive) {
            return false;
        }
        for (SurrogateVersion v : versions.subList(versions.size() - consecutive, versions.size())) {
            if (v.testPoints() < minTestPoints || !(v.accuracy() >= target)) {
                return false;
            }
        }
        return true;
    }
}
