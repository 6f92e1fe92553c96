package org.mdscape.engine.sim;

/**
 * A kind of particle.
 *
 * @param name     what users call it ("cation", "Ar")
 * @param element  symbol written to trajectories; readers such as ASE need a real element (or X)
 * @param mass     mass in reduced units
 * @param charge   valency (charge in units of e); 0 for neutral particles
 * @param diameter hard-core diameter in reduced length units
 */
public record Species(String name, String element, double mass, int charge, double diameter) {
    public Species {
        if (!(mass > 0) || !(diameter > 0)) {
            throw new IllegalArgumentException("species mass and diameter must be positive");
        }
    }
}
