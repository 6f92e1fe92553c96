package org.mdscape.engine.sim;

import org.mdscape.engine.model.WallModel;

/**
 * Two planar walls at z = -lz/2 and +lz/2 of a slab box, repelling each particle by WCA according to
 * the wall model and the particle's diameter.
 */
public record WallForce(WallModel model, double epsilon) implements Force {
    public WallForce {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be positive");
        }
    }

    /**
     * Energy of one particle of diameter d at height z in a slab of width h, and (in {@code forceZ[0]})
     * the z force on it. Plain code shared by every platform: it is O(N) and never the bottleneck.
     */
    public double energyAndForce(double z, double h, double d, double[] forceZ) {
        double sigma = model.sigma(d);
        double reach = h / 2 + model.siteOffset(d);
        double cut = WcaForce.CUTOFF_FACTOR * sigma;
        double energy = 0, fz = 0;
        double up = reach - z;   // distance to the upper wall's site
        double down = reach + z; // distance to the lower wall's site
        if (up < cut) {
            double sr6 = Math.pow(sigma / up, 6);
            energy += 4 * epsilon * (sr6 * sr6 - sr6) + epsilon;
            fz -= 24 * epsilon * (2 * sr6 * sr6 - sr6) / up; // pushes down
        }
        if (down < cut) {
            double sr6 = Math.pow(sigma / down, 6);
            energy += 4 * epsilon * (sr6 * sr6 - sr6) + epsilon;
            fz += 24 * epsilon * (2 * sr6 * sr6 - sr6) / down; // pushes up
        }
        forceZ[0] = fz;
        return energy;
    }
}
