package org.mdscape.engine.sim;

import java.util.Arrays;
import java.util.List;

/**
 * What is simulated (OpenMM's System): the species, which species each particle is, the box and the
 * forces. Immutable. Positions and velocities live in {@link State}.
 */
public record MolecularSystem(List<Species> species, int[] speciesOf, Box box, List<Force> forces) {
    public MolecularSystem {
        species = List.copyOf(species);
        speciesOf = speciesOf.clone();
        forces = List.copyOf(forces);
        for (int s : speciesOf) {
            if (s < 0 || s >= species.size()) {
                throw new IllegalArgumentException("particle species index out of range: " + s);
            }
        }
    }

    /** n particles of one neutral species of the given mass (diameter 1). */
    public static MolecularSystem uniform(int n, double mass, Box box, Force... forces) {
        return new MolecularSystem(List.of(new Species("Ar", "Ar", mass, 0, 1.0)), new int[n], box, List.of(forces));
    }

    public int particleCount() {
        return speciesOf.length;
    }

    @Override
    public int[] speciesOf() {
        return speciesOf.clone();
    }

    /** Species index of a particle (by original particle id). */
    public int speciesOf(int particle) {
        return speciesOf[particle];
    }

    public double mass(int particle) {
        return species.get(speciesOf[particle]).mass();
    }

    public int charge(int particle) {
        return species.get(speciesOf[particle]).charge();
    }

    /** Number of particles of each species. */
    public int[] countBySpecies() {
        int[] counts = new int[species.size()];
        for (int s : speciesOf) {
            counts[s]++;
        }
        return counts;
    }

    /** Degrees of freedom with total momentum conserved: 3N - 3. */
    public int degreesOfFreedom() {
        return 3 * speciesOf.length - 3;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MolecularSystem m && species.equals(m.species) && Arrays.equals(speciesOf, m.speciesOf)
                && box.equals(m.box) && forces.equals(m.forces);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(speciesOf) * 31 + species.hashCode();
    }
}
