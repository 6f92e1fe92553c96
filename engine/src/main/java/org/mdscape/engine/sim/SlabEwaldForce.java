package org.mdscape.engine.sim;

/**
 * Coulomb interaction of charged particles in a slab (periodic in x and y, bounded in z) by Ewald
 * summation with the Yeh-Berkowitz correction: the slab is replicated in z with empty space so the
 * period is {@code slabFactor} times its width, and the dipole term removes the interaction between
 * replicas. Energies are in k_BT: u = bjerrum z_i z_j / r, with the Bjerrum length in reduced units.
 *
 * @param bjerrum    Bjerrum length in reduced length units
 * @param accuracy   target RMS force error relative to the force between two unit charges at unit
 *                   distance (LAMMPS's definition of kspace accuracy)
 * @param slabFactor period in z divided by the slab width (LAMMPS's "kspace_modify slab"; at least 2)
 */
public record SlabEwaldForce(double bjerrum, double accuracy, double slabFactor) implements Force {
    public SlabEwaldForce {
        if (!(bjerrum > 0) || !(accuracy > 0 && accuracy < 1) || !(slabFactor >= 2)) {
            throw new IllegalArgumentException("need bjerrum > 0, accuracy in (0, 1) and slab factor >= 2");
        }
    }

    /** The z period of the replicated system for a slab of width h. */
    public double periodZ(double h) {
        return slabFactor * h;
    }
}
