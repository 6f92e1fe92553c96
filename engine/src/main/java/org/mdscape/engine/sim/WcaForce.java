package org.mdscape.engine.sim;

/**
 * Weeks-Chandler-Andersen repulsion between all particles: Lennard-Jones with sigma_ij = (d_i + d_j)/2
 * from the species diameters, cut at 2^(1/6) sigma_ij and shifted up by epsilon so that it ends at 0.
 */
public record WcaForce(double epsilon) implements Force {
    public static final double CUTOFF_FACTOR = Math.pow(2, 1.0 / 6);

    public WcaForce {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be positive");
        }
    }

    /** Pair energy at separation r for contact distance sigma (0 beyond the cutoff). */
    public double pairEnergy(double r, double sigma) {
        if (r >= CUTOFF_FACTOR * sigma) {
            return 0;
        }
        double sr6 = Math.pow(sigma / r, 6);
        return 4 * epsilon * (sr6 * sr6 - sr6) + epsilon;
    }
}
