package org.mdscape.engine.sim;

import java.util.Arrays;
import java.util.List;

/**
 * What is simulated (OpenMM's System): particle masses, the box and the forces. Immutable.
 * Positions and velocities live in {@link State}.
 */
public record MolecularSystem(double[] masses, Box box, List<Force> forces) {
    public MolecularSystem {
        masses = masses.clone();
        forces = List.copyOf(forces);
        for (double m : masses) {
            if (!(m > 0)) {
                throw new IllegalArgumentException("masses must be positive");
            }
        }
    }

    public static MolecularSystem uniform(int n, double mass, Box box, Force... forces) {
        double[] m = new double[n];
        Arrays.fill(m, mass);
        return new MolecularSystem(m, box, List.of(forces));
    }

    public int particleCount() {
        return masses.length;
    }

    @Override
    public double[] masses() {
        return masses.clone();
    }

    public double mass(int particle) {
        return masses[particle];
    }

    /** Degrees of freedom with total momentum conserved: 3N - 3. */
    public int degreesOfFreedom() {
        return 3 * masses.length - 3;
    }
}
